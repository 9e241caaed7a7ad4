package app.atrium.billing.payments.stripe;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/**
 * Amounts as Stripe counts them: in the currency's smallest unit, where Stripe's own list of
 * zero-decimal currencies has none (KZT is counted in tiyn: 96 300 ₸ is 9630000).
 */
final class StripeAmounts {

  private static final Set<String> ZERO_DECIMAL =
      Set.of(
          "BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX", "VND", "VUV",
          "XAF", "XOF", "XPF");

  private StripeAmounts() {}

  static long toMinor(BigDecimal amount, String currency) {
    return amount.movePointRight(digits(currency)).longValueExact();
  }

  static BigDecimal fromMinor(long minor, String currency) {
    return BigDecimal.valueOf(minor).movePointLeft(digits(currency));
  }

  static String code(String currency) {
    return currency.toLowerCase(Locale.ROOT);
  }

  private static int digits(String currency) {
    return ZERO_DECIMAL.contains(currency.toUpperCase(Locale.ROOT)) ? 0 : 2;
  }
}
