package app.atrium.spaces;

import java.util.UUID;

/** One bookable piece of a resource: a desk of an open space, a locker, the room itself. */
public record Unit(UUID id, UUID resourceId, int number, String label) {}
