package app.atrium.booking;

import java.time.Instant;
import java.util.UUID;

/** Which bookings to list: any filter may be null; {@code from}/{@code to} select by overlap. */
public record BookingQuery(
    UUID locationId,
    UUID resourceId,
    UUID memberId,
    Instant from,
    Instant to,
    BookingStatus status,
    int limit) {}
