package app.atrium.booking;

/** A booking is confirmed until it is cancelled. */
public enum BookingStatus {
  CONFIRMED,
  CANCELLED
}
