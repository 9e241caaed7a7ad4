package app.atrium.services;

import java.util.List;
import java.util.UUID;

/**
 * Usage reported by devices, and the reports staff must resolve. Each call is one transaction, or
 * joins the caller's.
 */
public interface Metering {

  /**
   * Authenticates a device by its id and secret, from any tenant: the device and its tenant, or a
   * 401 problem when the pair is not a live device's.
   */
  AuthenticatedDevice authenticate(UUID deviceId, String secret);

  /**
   * Records what {@code deviceId} (of the current tenant) reports, once per deviceEventId: a second
   * report with the same id records nothing and answers what the first did. A card no member holds
   * is kept as an unresolved event and answered as such (not thrown), so that it is stored.
   */
  MeterReading report(UUID deviceId, DeviceReport report);

  /** Reports waiting for staff: cards no member held, oldest first. */
  List<DeviceEvent> unresolved();

  DeviceEvent event(UUID eventId);

  /**
   * Records an unresolved report for {@code memberId}; with {@code giveCard} the card becomes hers,
   * so that her next reports resolve by themselves.
   */
  DeviceEvent resolve(UUID eventId, UUID memberId, boolean giveCard);

  /** Drops an unresolved report (a test swipe, a guest): nothing is recorded. */
  DeviceEvent dismiss(UUID eventId);

  /** A device that proved its secret, and the tenant it belongs to. */
  record AuthenticatedDevice(UUID tenantId, UUID deviceId) {}

  /** What became of a report, and whether it is the answer to an earlier one with the same id. */
  record MeterReading(DeviceEvent event, ServiceUsage usage, boolean replayed) {

    public boolean recorded() {
      return event.status() == DeviceEvent.Status.RECORDED;
    }
  }
}
