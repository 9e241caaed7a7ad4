package app.atrium.billing.domain;

import app.atrium.billing.TaxMode;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A tax setting: NONE with rate 0, or a rate above 0 and below 100 per cent, in or on top of
 * prices.
 */
public record TaxSetting(TaxMode mode, BigDecimal rate) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public static final TaxSetting NONE = new TaxSetting(TaxMode.NONE, BigDecimal.ZERO);

  public TaxSetting {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(rate, "rate");
    boolean none = mode == TaxMode.NONE;
    if (none != (rate.signum() == 0) || rate.signum() < 0 || rate.compareTo(HUNDRED) >= 0) {
      throw new IllegalArgumentException(
          "A tax rate is 0 for NONE, else above 0 and below 100: " + rate);
    }
  }

  public static TaxSetting inclusive(String rate) {
    return new TaxSetting(TaxMode.INCLUSIVE, new BigDecimal(rate));
  }

  public static TaxSetting exclusive(String rate) {
    return new TaxSetting(TaxMode.EXCLUSIVE, new BigDecimal(rate));
  }
}
