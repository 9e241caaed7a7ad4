package app.atrium.pricing;

/** What a rate is charged for. */
public enum RateUnit {
  /** Per hour booked, pro rata to the minute (a 90-minute booking is 1.5 h). */
  HOUR,
  /** Per calendar day (in the location's time zone) the booking touches. */
  DAY,
  /** Once per booking, however long. */
  BOOKING
}
