package app.atrium.spaces;

import java.util.UUID;

/**
 * An entry of the tenant's catalogue (meeting room, hot desk, locker …) with the booking rules its
 * resources share; {@code maxMinutes} is null when a booking may be as long as wanted. {@code
 * usesRoomHours}: its bookings draw on the plan's included meeting-room hours; {@code
 * freeCancelMinutes}: how long before the start a cancellation is still free (null: until it
 * starts).
 */
public record ResourceType(
    UUID id,
    String code,
    String name,
    ResourceKind kind,
    boolean bookable,
    int slotMinutes,
    int minMinutes,
    Integer maxMinutes,
    BookedBy bookedBy,
    boolean usesRoomHours,
    Integer freeCancelMinutes,
    int resources) {

  /**
   * Whether a booking cancelled at {@code minutesBefore} its start is cancelled in time: it gives
   * back the included hours it used and costs nothing.
   */
  public boolean cancelledInTime(long minutesBefore) {
    return minutesBefore > 0 && (freeCancelMinutes == null || minutesBefore >= freeCancelMinutes);
  }
}
