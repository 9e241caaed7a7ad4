package app.atrium.billing.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;

/**
 * Totals of lines under a tax setting. Each line amount is already rounded to the currency's minor
 * unit (half-up, per line); the tax is computed once on the sum and rounded half-up the same way:
 *
 * <ul>
 *   <li>NONE: the total is the sum, no tax;
 *   <li>EXCLUSIVE: tax = sum × rate / 100, added as a TAX line; total = sum + tax;
 *   <li>INCLUSIVE: the sum is the total; tax = total × rate / (100 + rate) is part of it.
 * </ul>
 */
public final class InvoiceTotals {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private InvoiceTotals() {}

  /** The totals of an invoice with these line amounts (TAX lines not among them). */
  public static Totals of(List<BigDecimal> amounts, TaxSetting tax, Currency currency) {
    return credit(amounts, tax, currency, BigDecimal.ZERO, BigDecimal.ZERO, null);
  }

  /**
   * The totals of a credit note of these (positive) line amounts, on an invoice of which {@code
   * creditedBefore} (line amounts, without tax) and {@code taxCreditedBefore} were credited by
   * earlier credit notes and whose tax was {@code invoiceTax}. The tax credited is that of
   * everything credited so far less what was credited before, never beyond the invoice's tax, so
   * credit notes in parts add up exactly to the invoice.
   */
  public static Totals credit(
      List<BigDecimal> amounts,
      TaxSetting tax,
      Currency currency,
      BigDecimal creditedBefore,
      BigDecimal taxCreditedBefore,
      BigDecimal invoiceTax) {
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal a : amounts) {
      if (a.stripTrailingZeros().scale() > digits) {
        throw new IllegalArgumentException(
            "A line amount is rounded to " + digits + " decimals first: " + a);
      }
      sum = sum.add(a);
    }
    sum = sum.setScale(digits, RoundingMode.UNNECESSARY);
    BigDecimal cumulative = creditedBefore.add(sum);
    BigDecimal cumulativeTax =
        switch (tax.mode()) {
          case NONE -> BigDecimal.ZERO;
          case EXCLUSIVE ->
              cumulative.multiply(tax.rate()).divide(HUNDRED, digits, RoundingMode.HALF_UP);
          case INCLUSIVE ->
              cumulative
                  .multiply(tax.rate())
                  .divide(HUNDRED.add(tax.rate()), MathContext.DECIMAL128)
                  .setScale(digits, RoundingMode.HALF_UP);
        };
    if (cumulativeTax.signum() < 0) cumulativeTax = BigDecimal.ZERO.setScale(digits);
    if (invoiceTax != null && cumulativeTax.compareTo(invoiceTax) > 0) cumulativeTax = invoiceTax;
    BigDecimal taxNow =
        cumulativeTax.subtract(taxCreditedBefore).setScale(digits, RoundingMode.UNNECESSARY);
    return switch (tax.mode()) {
      case NONE -> new Totals(sum, zero(digits), sum, zero(digits));
      case EXCLUSIVE -> new Totals(sum, taxNow, sum.add(taxNow), taxNow);
      case INCLUSIVE -> new Totals(sum.subtract(taxNow), taxNow, sum, zero(digits));
    };
  }

  private static BigDecimal zero(int digits) {
    return BigDecimal.ZERO.setScale(digits);
  }
}
