package app.atrium.plans;

/** Something a plan includes a quantity of per period. */
public enum AllowanceKind {
  /** Hours of meeting rooms; may be fractional (half an hour). */
  MEETING_ROOM_HOURS(false),
  PRINTED_PAGES(true),
  COFFEE(true),
  /** Guest day passes. */
  GUEST_PASSES(true);

  private final boolean wholeUnits;

  AllowanceKind(boolean wholeUnits) {
    this.wholeUnits = wholeUnits;
  }

  /** Whether it is counted in whole units (pages, drinks, passes) rather than hours. */
  public boolean wholeUnits() {
    return wholeUnits;
  }
}
