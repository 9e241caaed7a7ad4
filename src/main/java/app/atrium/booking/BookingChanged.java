package app.atrium.booking;

import java.time.Instant;
import java.util.UUID;

/**
 * A committed booking change, as announced to every node through PostgreSQL's {@code
 * pg_notify('atrium_booking', json)} in the changing transaction and pushed from there to SSE
 * subscribers of the location. JSON fields: tenantId, locationId, resourceId, bookingId, change,
 * start, end, at (ISO-8601 instants).
 */
public record BookingChanged(
    UUID tenantId,
    UUID locationId,
    UUID resourceId,
    UUID bookingId,
    Change change,
    Instant start,
    Instant end,
    Instant at) {

  /** The channel of PostgreSQL notifications carrying these. */
  public static final String CHANNEL = "atrium_booking";

  /** What happened. */
  public enum Change {
    BOOKED,
    RESCHEDULED,
    CANCELLED
  }
}
