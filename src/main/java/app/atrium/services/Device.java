package app.atrium.services;

import java.time.Instant;
import java.util.UUID;

/**
 * A device that reports usage by itself at a location; {@code defaultServiceId} is what it meters
 * when a report names no service. A retired device's secret no longer works.
 */
public record Device(
    UUID id,
    String name,
    DeviceKind kind,
    UUID locationId,
    UUID defaultServiceId,
    Status status,
    boolean demo,
    Instant createdAt) {

  /** Whether its secret works. */
  public enum Status {
    ACTIVE,
    RETIRED
  }

  public boolean active() {
    return status == Status.ACTIVE;
  }
}
