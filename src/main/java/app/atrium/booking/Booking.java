package app.atrium.booking;

import app.atrium.pricing.Quote;
import app.atrium.services.BookingExtra;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A booking of a resource for a member or a walk-in guest. {@code unitIds} are the units it holds
 * (the desk picked for "any free desk", both rooms of an event zone); {@code unitLabels} name them.
 * {@code price} is the quote frozen when it was booked or last moved (null for bookings made before
 * pricing existed): what the booking is charged, whatever the price list says later; it prices the
 * resource only. {@code extras} (a projector, coffee breaks) are billed apart, as the member's
 * usage: net of what a cancellation in time took back.
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
    Quote price,
    List<BookingExtra> extras) {

  public Booking {
    extras = extras == null ? List.of() : List.copyOf(extras);
  }

  /** Who the booking is for, as staff would read it. */
  public String holder() {
    return memberName != null ? memberName : guestName;
  }
}
