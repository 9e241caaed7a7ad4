package app.atrium.spaces;

import java.util.UUID;

/**
 * An entry of the tenant's catalogue (meeting room, hot desk, locker …) with the booking rules its
 * resources share; {@code maxMinutes} is null when a booking may be as long as wanted.
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
    int resources) {}
