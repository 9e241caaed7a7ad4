package app.atrium.platform.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A month as people and clients type it ("2027-01"), read the same way by every page and API. */
public final class Months {

  private Months() {}

  /** The month in {@code text}, or a 422 on {@code field} saying how to write one. */
  public static YearMonth parse(String field, String text) {
    return read(text)
        .orElseThrow(() -> AtriumException.invalid(field, "give a month as yyyy-MM, e.g. 2027-01"));
  }

  /** The same, but null when nothing was given (the caller's default applies). */
  public static YearMonth parseOrNull(String field, String text) {
    return text == null || text.isBlank() ? null : parse(field, text);
  }

  /** The month in {@code text} if it is one: what a page falls back from without a fuss. */
  public static Optional<YearMonth> read(String text) {
    if (text == null || text.isBlank()) return Optional.empty();
    try {
      return Optional.of(YearMonth.parse(text.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
