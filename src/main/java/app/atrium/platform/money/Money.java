package app.atrium.platform.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount in one ISO-4217 currency. Arithmetic is exact; {@link #rounded()} is the one rounding
 * policy (half-up to the currency's minor unit). Two amounts are equal when they are the same
 * number in the same currency, whatever their scale ({@code 85000 KZT == 85000.00 KZT}).
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
  }

  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(amount, currency);
  }

  public static Money of(String amount, String currencyCode) {
    return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
  }

  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  public Money plus(Money other) {
    return new Money(amount.add(sameCurrency(other).amount), currency);
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(sameCurrency(other).amount), currency);
  }

  /** This amount times {@code factor}, exactly (not rounded). */
  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(factor), currency);
  }

  public Money times(long factor) {
    return times(BigDecimal.valueOf(factor));
  }

  public Money negate() {
    return new Money(amount.negate(), currency);
  }

  /** This amount less {@code percent} per cent, exactly: 5 000 less 20 % is 4 000. */
  public Money percentOff(BigDecimal percent) {
    return times(HUNDRED.subtract(percent).divide(HUNDRED));
  }

  /**
   * {@code part}/{@code whole} of this amount, rounded half-up to the minor unit: the proration of
   * PRODUCT.md (price × days / days in the month, computed exactly, then rounded once).
   */
  public Money prorated(long part, long whole) {
    if (whole <= 0) throw new IllegalArgumentException("whole must be positive: " + whole);
    BigDecimal exact = amount.multiply(BigDecimal.valueOf(part));
    return new Money(
        exact.divide(BigDecimal.valueOf(whole), minorDigits(), RoundingMode.HALF_UP), currency);
  }

  /** Rounded half-up to the currency's minor unit (KZT, EUR: 2 decimals; JPY: none). */
  public Money rounded() {
    return new Money(amount.setScale(minorDigits(), RoundingMode.HALF_UP), currency);
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /**
   * The rounded amount as people read it in {@code locale}: grouped digits, decimals only when the
   * amount is not whole, and the currency's symbol where the language puts it. Russian: "85 000 ₸",
   * English: "KZT 85,000", Spanish: "85.000 KZT" (spaces are non-breaking). Where a language has no
   * symbol of its own for the currency, the symbol used in the currency's country in that language
   * is taken (ru: ₸), else the ISO code.
   */
  public String format(Locale locale) {
    Money r = rounded();
    boolean whole = r.amount.stripTrailingZeros().scale() <= 0;
    DecimalFormat f = (DecimalFormat) NumberFormat.getCurrencyInstance(locale);
    f.setCurrency(currency);
    DecimalFormatSymbols symbols = f.getDecimalFormatSymbols();
    String symbol = symbol(locale);
    symbols.setCurrencySymbol(symbol);
    f.setDecimalFormatSymbols(symbols);
    int digits = whole ? 0 : minorDigits();
    f.setMinimumFractionDigits(digits);
    f.setMaximumFractionDigits(digits);
    f.setRoundingMode(RoundingMode.HALF_UP);
    if (f.getPositivePrefix().endsWith(symbol) && Character.isLetter(symbol.charAt(0))) {
      // "KZT85,000" reads badly: an ISO code before the number gets a space of its own.
      f.setPositivePrefix(f.getPositivePrefix() + '\u00a0');
      f.setNegativePrefix(f.getNegativePrefix() + '\u00a0');
    }
    return f.format(r.amount);
  }

  /** The currency's symbol in {@code locale}'s language. */
  String symbol(Locale locale) {
    String code = currency.getCurrencyCode();
    String own = currency.getSymbol(locale);
    if (!own.equals(code)) return own;
    String home = currency.getSymbol(Locale.of(locale.getLanguage(), code.substring(0, 2)));
    return home.isBlank() ? code : home;
  }

  private int minorDigits() {
    return Math.max(0, currency.getDefaultFractionDigits());
  }

  private Money sameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "Cannot combine " + currency + " with " + other.currency + " amounts");
    }
    return other;
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(sameCurrency(other).amount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount.stripTrailingZeros(), currency);
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
