package app.atrium.plans.domain;

import app.atrium.plans.Plan;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Which agreed prices a plan allows. A "from" plan's list price is the least (an office is priced
 * by the office, from 250 000): anything at or above it. Any other plan's list price is the most: a
 * discount (annual prepay, a referral) may lower it, a typo may not raise it; a dearer deal is a
 * "from" plan's.
 */
public final class AgreedPrices {

  private AgreedPrices() {}

  /** What is wrong with {@code price} for {@code plan}, or empty when it is acceptable. */
  public static Optional<String> problem(Plan plan, BigDecimal price) {
    BigDecimal list = plan.price().amount();
    if (price.signum() < 0) return Optional.of("must be 0 or more");
    if (price.stripTrailingZeros().scale() > 2) return Optional.of("has more than 2 decimals");
    if (plan.priceFrom() && price.compareTo(list) < 0) {
      return Optional.of(
          "must be at least the plan's starting price "
              + list.stripTrailingZeros().toPlainString()
              + " ('from' price)");
    }
    if (!plan.priceFrom() && price.compareTo(list) > 0) {
      return Optional.of(
          "must not exceed the plan's list price "
              + list.stripTrailingZeros().toPlainString()
              + "; a discount lowers it, a dearer deal needs a 'from' plan");
    }
    return Optional.empty();
  }
}
