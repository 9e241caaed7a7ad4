package app.atrium.booking;

/** Where a booking change came from. */
public enum Channel {
  DESK,
  PORTAL,
  API,
  TELEGRAM
}
