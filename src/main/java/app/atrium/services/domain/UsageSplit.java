package app.atrium.services.domain;

import app.atrium.platform.money.Money;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * How a usage is split into included and paid units and priced, and how a correction takes units
 * back. Plain functions of frozen numbers, no database.
 *
 * <p>The correction rule. A correction takes back paid units first (the member is refunded before
 * her allowance is restored), then included ones. Plan-included units drew no allowance: nothing
 * goes back. Included units that came from an allowance go back to it:
 *
 * <ul>
 *   <li>when the correction takes back the last of the entry's included units and no earlier
 *       correction gave any back, the entry's own allowance use is given back whole (the ledger
 *       then shows the use undone);
 *   <li>otherwise a limited allowance is credited with the units taken back (a staff adjustment of
 *       the entry's period), so that what is left is what it would have been without them;
 *   <li>an unlimited allowance (coffee) never runs out, so a part taken back changes nothing; its
 *       use is given back whole once the last included unit is taken back.
 * </ul>
 *
 * The correction that takes the last paid unit refunds exactly what is left of the entry's amount,
 * so an entry corrected in full always nets to zero.
 */
public final class UsageSplit {

  private UsageSplit() {}

  /** Included and paid units and the amount to pay; all zero or positive. */
  public record Split(BigDecimal included, BigDecimal paid, BigDecimal amount) {}

  /** A usage entry's quantities, or what its corrections took back so far (as positive numbers). */
  public record Quantities(
      BigDecimal quantity, BigDecimal included, BigDecimal paid, BigDecimal amount) {

    public static final Quantities NONE =
        new Quantities(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public Quantities plus(Quantities other) {
      return new Quantities(
          quantity.add(other.quantity),
          included.add(other.included),
          paid.add(other.paid),
          amount.add(other.amount));
    }

    public Quantities minus(Quantities other) {
      return new Quantities(
          quantity.subtract(other.quantity),
          included.subtract(other.included),
          paid.subtract(other.paid),
          amount.subtract(other.amount));
    }
  }

  /** What a correction does to the allowance the entry drew on. */
  public sealed interface AllowanceReturn {
    /** Nothing to give back: no included units taken back, or none came from an allowance. */
    record None() implements AllowanceReturn {}

    /** Give back the entry's whole allowance use: {@code units}, all it had included. */
    record GiveBackEntry(BigDecimal units) implements AllowanceReturn {}

    /** Credit the allowance of the entry's period by {@code units}. */
    record Credit(BigDecimal units) implements AllowanceReturn {}
  }

  /**
   * A correction of an entry, as positive numbers taken back ({@code amount} is the refund), and
   * what it does to the allowance.
   */
  public record Correction(
      BigDecimal included, BigDecimal paid, BigDecimal amount, AllowanceReturn allowance) {}

  /**
   * A new usage of {@code quantity}: all included when the plan includes the service, else {@code
   * fromAllowance} included (what the allowance gave, at most the quantity) and the rest paid at
   * {@code unitPrice}.
   */
  public static Split of(
      BigDecimal quantity,
      boolean planIncluded,
      BigDecimal fromAllowance,
      BigDecimal unitPrice,
      Currency currency) {
    if (quantity.signum() <= 0) throw new IllegalArgumentException("quantity must be positive");
    if (planIncluded) return new Split(quantity, BigDecimal.ZERO, zero(currency));
    BigDecimal included = fromAllowance.max(BigDecimal.ZERO).min(quantity);
    BigDecimal paid = quantity.subtract(included);
    return new Split(included, paid, price(paid, unitPrice, currency));
  }

  /** What of an entry is left to correct, after {@code corrected} was taken back. */
  public static Quantities left(Quantities entry, Quantities corrected) {
    return entry.minus(corrected);
  }

  /**
   * Takes back {@code quantity} of an entry priced at {@code unitPrice}, of which {@code corrected}
   * was taken back before. {@code fromAllowance}: its included units came from an allowance, which
   * is {@code unlimited} or not.
   *
   * @throws IllegalArgumentException when quantity is not above zero or more than is left
   */
  public static Correction correct(
      Quantities entry,
      Quantities corrected,
      BigDecimal quantity,
      boolean fromAllowance,
      boolean unlimited,
      BigDecimal unitPrice,
      Currency currency) {
    Quantities left = left(entry, corrected);
    if (quantity.signum() <= 0) throw new IllegalArgumentException("quantity must be positive");
    if (quantity.compareTo(left.quantity()) > 0) {
      throw new IllegalArgumentException("at most " + left.quantity() + " is left to correct");
    }
    BigDecimal paid = quantity.min(left.paid());
    BigDecimal included = quantity.subtract(paid);
    BigDecimal amount =
        paid.compareTo(left.paid()) == 0 ? left.amount() : price(paid, unitPrice, currency);
    boolean last = included.signum() > 0 && included.compareTo(left.included()) == 0;
    AllowanceReturn back;
    if (!fromAllowance || included.signum() == 0) back = new AllowanceReturn.None();
    else if (last && (corrected.included().signum() == 0 || unlimited))
      back = new AllowanceReturn.GiveBackEntry(entry.included());
    else if (unlimited) back = new AllowanceReturn.None();
    else back = new AllowanceReturn.Credit(included);
    return new Correction(included, paid, amount, back);
  }

  /** {@code units} × {@code unitPrice}, rounded half-up to the currency's minor unit. */
  public static BigDecimal price(BigDecimal units, BigDecimal unitPrice, Currency currency) {
    return Money.of(unitPrice, currency).times(units).rounded().amount();
  }

  private static BigDecimal zero(Currency currency) {
    return Money.zero(currency).rounded().amount();
  }
}
