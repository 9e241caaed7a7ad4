package app.atrium.plans;

/** What a plan's price buys: one day, or one calendar month. */
public enum PlanPeriod {
  DAY,
  MONTH
}
