package app.atrium.allowances;

import java.math.BigDecimal;

/**
 * How a quantity was (or would be) covered: {@code included} from the allowance, {@code beyond} to
 * be paid; {@code balance} after it, empty-handed (null) when the member has no such allowance in
 * the period.
 */
public record Use(BigDecimal requested, BigDecimal included, BigDecimal beyond, Balance balance) {

  public static Use none(BigDecimal requested) {
    return new Use(requested, BigDecimal.ZERO, requested, null);
  }

  public boolean fullyIncluded() {
    return beyond.signum() == 0;
  }
}
