package app.atrium.billing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** The one rounding of a line: quantity × unit price, half-up to the currency's minor unit. */
public final class LineAmounts {

  private LineAmounts() {}

  public static BigDecimal of(BigDecimal quantity, BigDecimal unitPrice, Currency currency) {
    return quantity.multiply(unitPrice).setScale(digits(currency), RoundingMode.HALF_UP);
  }

  /** Whether {@code amount} has no more decimals than the currency's minor unit. */
  public static boolean rounded(BigDecimal amount, Currency currency) {
    return amount.stripTrailingZeros().scale() <= digits(currency);
  }

  public static int digits(Currency currency) {
    return Math.max(0, currency.getDefaultFractionDigits());
  }
}
