package app.atrium.pricing;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One line of a quote as people read it ({@code label}) and its {@code amount}, rounded half-up to
 * the currency's minor unit. For a RATE line {@code quantity} (hours, days or 1) and {@code
 * unitPrice} say how it was reached; an ADJUSTMENT or PLAN_DISCOUNT line has its {@code percent}.
 * {@code ruleId} names the price rule behind it (none for the plan discount).
 */
public record QuoteLine(
    Kind kind,
    String label,
    BigDecimal amount,
    UUID ruleId,
    BigDecimal quantity,
    RateUnit unit,
    BigDecimal unitPrice,
    BigDecimal percent) {

  /** What a line is. */
  public enum Kind {
    RATE,
    ADJUSTMENT,
    PLAN_DISCOUNT,
    /** The hours the member's plan includes, free (amount 0, quantity in hours). */
    INCLUDED
  }
}
