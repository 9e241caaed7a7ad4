package app.atrium.plans.domain;

import app.atrium.plans.Plan;
import app.atrium.platform.money.Money;
import java.util.Objects;

/**
 * A membership on {@code plan} at the agreed {@code price} (per month, or per day for a day plan)
 * over {@code days}: the input of the fee and allowance rules.
 */
public record PlanSpan(Days days, Plan plan, Money price) {

  public PlanSpan {
    Objects.requireNonNull(days, "days");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(price, "price");
  }

  public PlanSpan withDays(Days other) {
    return new PlanSpan(other, plan, price);
  }
}
