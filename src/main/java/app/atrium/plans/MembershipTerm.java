package app.atrium.plans;

import java.time.LocalDate;

/**
 * How long a membership runs: a day pass is one day; open-ended renews each month until cancelled
 * (the cancellation takes effect at the end of a month); a fixed term runs 3, 6 or 12 months to an
 * end date and is renewed term by term.
 */
public enum MembershipTerm {
  DAY(0),
  OPEN_ENDED(0),
  MONTHS_3(3),
  MONTHS_6(6),
  MONTHS_12(12);

  private final int months;

  MembershipTerm(int months) {
    this.months = months;
  }

  /** The months of a fixed term; 0 for a day pass and open-ended. */
  public int months() {
    return months;
  }

  public boolean fixed() {
    return months > 0;
  }

  /**
   * The last day of a fixed term starting on {@code first}: the day before the same day {@link
   * #months()} later (1 March + 3 months ends on 31 May; a 31st that the end month lacks ends on
   * the day before its last day, so consecutive terms never overlap).
   */
  public LocalDate lastDayFrom(LocalDate first) {
    if (!fixed()) throw new IllegalStateException(this + " has no fixed length");
    return first.plusMonths(months).minusDays(1);
  }
}
