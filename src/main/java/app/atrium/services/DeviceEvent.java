package app.atrium.services;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A report of a device as kept: RECORDED as {@code usage}, UNRESOLVED (no member holds {@code
 * cardId}; staff assign one or dismiss it) or DISMISSED.
 */
public record DeviceEvent(
    UUID id,
    UUID deviceId,
    String deviceName,
    String deviceEventId,
    String cardId,
    UUID serviceId,
    String serviceCode,
    String serviceName,
    BigDecimal quantity,
    Instant occurredAt,
    Instant receivedAt,
    Status status,
    UUID usageId,
    Instant resolvedAt,
    String resolvedBy) {

  /** What became of a report. */
  public enum Status {
    RECORDED,
    UNRESOLVED,
    DISMISSED
  }
}
