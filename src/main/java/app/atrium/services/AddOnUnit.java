package app.atrium.services;

/** What a service's price is for. */
public enum AddOnUnit {
  PIECE,
  PAGE,
  /** The only unit that may be used in fractions (1.5 h). */
  HOUR,
  DAY,
  BOOKING,
  MONTH;

  /** Whether quantities are whole numbers. */
  public boolean wholeUnits() {
    return this != HOUR;
  }
}
