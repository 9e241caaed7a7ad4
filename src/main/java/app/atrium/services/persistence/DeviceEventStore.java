package app.atrium.services.persistence;

import app.atrium.services.DeviceEvent;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for {@code device_event}: one row per (device, its event id), claimed before anything else.
 */
@Repository
public class DeviceEventStore {

  private static final String SELECT =
      """
      SELECT e.id, e.device_id, d.name AS device_name, e.device_event_id, e.card_id, e.service_id,
             s.code, s.name AS service_name, e.quantity, e.occurred_at, e.received_at, e.status,
             e.usage_id, e.resolved_at, e.resolved_by_name
        FROM device_event e
        JOIN service_device d ON d.id = e.device_id
        JOIN service s ON s.id = e.service_id
      """;

  private final JdbcClient db;

  DeviceEventStore(JdbcClient db) {
    this.db = db;
  }

  /** A report to claim. */
  public record Claim(
      UUID id,
      UUID deviceId,
      String deviceEventId,
      String cardId,
      UUID serviceId,
      BigDecimal quantity,
      Instant occurredAt,
      Instant receivedAt,
      DeviceEvent.Status status,
      UUID usageId) {}

  /**
   * Inserts the report unless the device reported this event id before: true when this call wrote
   * it. A concurrent report with the same id waits here until the first commits, then gets false.
   */
  public boolean claim(Claim c) {
    return db.sql(
                """
                INSERT INTO device_event (tenant_id, id, device_id, device_event_id, card_id,
                       service_id, quantity, occurred_at, received_at, status, usage_id)
                VALUES (atrium_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (tenant_id, device_id, device_event_id) DO NOTHING
                """)
            .param(c.id())
            .param(c.deviceId())
            .param(c.deviceEventId())
            .param(c.cardId())
            .param(c.serviceId())
            .param(c.quantity())
            .param(utc(c.occurredAt()))
            .param(utc(c.receivedAt()))
            .param(c.status().name())
            .param(c.usageId())
            .update()
        == 1;
  }

  public Optional<DeviceEvent> find(UUID id) {
    return db.sql(SELECT + " WHERE e.id = ?").param(id).query(DeviceEventStore::event).optional();
  }

  public Optional<DeviceEvent> findForUpdate(UUID id) {
    return db.sql(SELECT + " WHERE e.id = ? FOR UPDATE OF e")
        .param(id)
        .query(DeviceEventStore::event)
        .optional();
  }

  public Optional<DeviceEvent> find(UUID deviceId, String deviceEventId) {
    return db.sql(SELECT + " WHERE e.device_id = ? AND e.device_event_id = ?")
        .param(deviceId)
        .param(deviceEventId)
        .query(DeviceEventStore::event)
        .optional();
  }

  public List<DeviceEvent> unresolved() {
    return db.sql(SELECT + " WHERE e.status = 'UNRESOLVED' ORDER BY e.received_at, e.id")
        .query(DeviceEventStore::event)
        .list();
  }

  /** When each device last reported, by device id. */
  public java.util.Map<UUID, Instant> lastReports() {
    var last = new java.util.HashMap<UUID, Instant>();
    db.sql("SELECT device_id, max(received_at) FROM device_event GROUP BY device_id")
        .query(
            rs -> {
              last.put(
                  rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class).toInstant());
            });
    return last;
  }

  /** Closes an unresolved report: RECORDED with its usage, or DISMISSED. */
  public void close(UUID id, DeviceEvent.Status status, UUID usageId, Instant at, String by) {
    db.sql(
            "UPDATE device_event SET status = ?, usage_id = ?, resolved_at = ?,"
                + " resolved_by_name = ? WHERE id = ? AND status = 'UNRESOLVED'")
        .param(status.name())
        .param(usageId)
        .param(utc(at))
        .param(by)
        .param(id)
        .update();
  }

  private static OffsetDateTime utc(Instant at) {
    return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  private static DeviceEvent event(ResultSet rs, int i) throws SQLException {
    OffsetDateTime resolved = rs.getObject("resolved_at", OffsetDateTime.class);
    return new DeviceEvent(
        rs.getObject("id", UUID.class),
        rs.getObject("device_id", UUID.class),
        rs.getString("device_name"),
        rs.getString("device_event_id"),
        rs.getString("card_id"),
        rs.getObject("service_id", UUID.class),
        rs.getString("code"),
        rs.getString("service_name"),
        rs.getBigDecimal("quantity"),
        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        rs.getObject("received_at", OffsetDateTime.class).toInstant(),
        DeviceEvent.Status.valueOf(rs.getString("status")),
        rs.getObject("usage_id", UUID.class),
        resolved == null ? null : resolved.toInstant(),
        rs.getString("resolved_by_name"));
  }
}
