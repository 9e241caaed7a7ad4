package app.atrium.booking;

import java.time.Instant;
import java.util.UUID;

/**
 * A free slot offered instead of a taken one: the same resource at another time, or a similar one.
 */
public record Alternative(UUID resourceId, String resourceName, Instant start, Instant end) {}
