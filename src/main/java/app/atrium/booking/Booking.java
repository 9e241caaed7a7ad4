package app.atrium.booking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A booking of a resource for a member or a walk-in guest. {@code unitIds} are the units it holds
 * (the desk picked for "any free desk", both rooms of an event zone); {@code unitLabels} name them.
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
    Instant createdAt) {

  /** Who the booking is for, as staff would read it. */
  public String holder() {
    return memberName != null ? memberName : guestName;
  }
}
