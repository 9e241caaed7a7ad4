package app.atrium.plans;

/** When a plan lets its members in. */
public enum AccessSchedule {
  /** During the location's opening hours. */
  OPENING_HOURS,
  /** Around the clock, 24/7. */
  ALWAYS
}
