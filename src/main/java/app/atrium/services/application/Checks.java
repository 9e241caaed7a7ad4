package app.atrium.services.application;

import app.atrium.platform.web.AtriumException;
import app.atrium.platform.web.Drafts;
import app.atrium.services.AddOnUnit;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.postgresql.util.PSQLException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The checks every channel's input passes (API, pages, devices, demo) before a row is written; a
 * 422 names the field to fix. The tables' constraints repeat the rules and have the last word.
 */
@Component
class Checks {

  static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

  /** How far ahead of the server's clock a reported time may be (a device's clock drifts). */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private final Validator validator;
  private final Clock clock;

  Checks(Validator validator, Clock clock) {
    this.validator = validator;
    this.clock = clock;
  }

  Instant now() {
    return clock.instant();
  }

  /** Bean Validation of a draft: every problem at once, as one 422. */
  void valid(Object draft) {
    Drafts.check(
        validator,
        draft,
        v -> v.getPropertyPath().toString().replaceAll("\\[[^\\]]*\\]\\.<[^>]+>", ""));
  }

  /**
   * A quantity of {@code unit}: above zero, whole unless the unit is HOUR, two decimals at most.
   */
  static void quantity(String field, BigDecimal quantity, AddOnUnit unit) {
    if (quantity == null) throw AtriumException.invalid(field, "is required");
    if (quantity.signum() <= 0) throw AtriumException.invalid(field, "must be greater than 0");
    if (quantity.compareTo(BigDecimal.valueOf(100_000)) > 0) {
      throw AtriumException.invalid(field, "must be at most 100000");
    }
    BigDecimal q = quantity.stripTrailingZeros();
    if (unit.wholeUnits() && q.scale() > 0) {
      throw AtriumException.invalid(field, "must be a whole number");
    }
    if (q.scale() > 2) throw AtriumException.invalid(field, "at most 2 decimals");
  }

  /**
   * When a usage happened: default now, never before 2000 nor (beyond clock skew) in the future.
   */
  Instant occurredAt(String field, Instant at) {
    Instant now = now();
    if (at == null) return now;
    if (at.isBefore(EARLIEST)) throw AtriumException.invalid(field, "must be after 2000-01-01");
    if (at.isAfter(now.plus(CLOCK_SKEW))) {
      throw AtriumException.invalid(field, "must not be in the future");
    }
    return at;
  }

  /** Text as stored: trimmed, empty when absent. */
  static String text(String s) {
    return s == null ? "" : s.strip();
  }

  /** Which constraint refused a write ("" when none is named). */
  static String constraint(DataIntegrityViolationException e) {
    Throwable t = e;
    while (t != null) {
      if (t instanceof PSQLException p && p.getServerErrorMessage() != null) {
        String name = p.getServerErrorMessage().getConstraint();
        return name == null ? "" : name;
      }
      t =
          t instanceof SQLException s && s.getNextException() != null
              ? s.getNextException()
              : t.getCause();
    }
    return "";
  }
}
