package app.atrium.plans.web;

import app.atrium.platform.web.AtriumException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Form values as typed: empty is absent, anything unreadable a refusal naming its field. */
final class Inputs {

  private Inputs() {}

  /** "85 000", "85000,50" and "85000.50" are all numbers. */
  static BigDecimal number(String field, String text) {
    if (text == null || text.isBlank()) return null;
    String plain = text.replaceAll("[\\s\u00a0\u202f]", "").replace(',', '.');
    try {
      if (plain.length() > 30) throw new NumberFormatException();
      return new BigDecimal(plain);
    } catch (NumberFormatException e) {
      throw AtriumException.invalid(field, "must be a number");
    }
  }

  static Integer whole(String field, String text) {
    BigDecimal n = number(field, text);
    if (n == null) return null;
    if (n.stripTrailingZeros().scale() > 0 || n.abs().compareTo(BigDecimal.valueOf(1000)) > 0) {
      throw AtriumException.invalid(field, "must be a whole number");
    }
    return n.intValue();
  }

  static LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) return null;
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw AtriumException.invalid(field, "must be a date (YYYY-MM-DD)");
    }
  }

  static UUID id(String field, String text) {
    if (text == null || text.isBlank()) return null;
    try {
      return UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      throw AtriumException.invalid(field, "no such choice");
    }
  }

  static <E extends Enum<E>> E choice(Class<E> type, String field, String text) {
    if (text == null || text.isBlank()) return null;
    for (E e : type.getEnumConstants()) if (e.name().equals(text.strip())) return e;
    throw AtriumException.invalid(field, "no such choice");
  }

  /** "resourceId:unitId" of a workspace select, or nothing. */
  static UUID[] workspace(String text) {
    if (text == null || text.isBlank()) return new UUID[] {null, null};
    String[] parts = text.split(":", 2);
    return new UUID[] {
      id("workspaceResourceId", parts[0]), parts.length > 1 ? id("workspaceUnitId", parts[1]) : null
    };
  }
}
