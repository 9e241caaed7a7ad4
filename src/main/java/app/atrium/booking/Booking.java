package app.atrium.booking;

import app.atrium.pricing.Quote;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A booking of a resource for a member or a walk-in guest. {@code unitIds} are the units it holds
 * (the desk picked for "any free desk", both rooms of an event zone); {@code unitLabels} name them.
 * {@code price} is the quote frozen when it was booked or last moved (null for bookings made before
 * pricing existed): what the booking is charged, whatever the price list says later.
 */
public record Booking(
    UUID id,
    UUID locationId,
    UUID resourceId,
    String resourceName,
    UUID memberId,
    String memberName,
    String guestName,
    Instant start,
    Instant end,
    BookingStatus status,
    Channel channel,
    String note,
    List<UUID> unitIds,
    List<String> unitLabels,
    UUID seriesId,
    Instant createdAt,
    Quote price) {

  /** Who the booking is for, as staff would read it. */
  public String holder() {
    return memberName != null ? memberName : guestName;
  }
}
