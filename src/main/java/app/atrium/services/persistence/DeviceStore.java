package app.atrium.services.persistence;

import app.atrium.services.Device;
import app.atrium.services.DeviceDraft;
import app.atrium.services.DeviceKind;
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

/** SQL for {@code service_device}, and the one cross-tenant lookup of a device by its secret. */
@Repository
public class DeviceStore {

  private static final String SELECT =
      "SELECT id, name, kind, location_id, default_service_id, status, demo, created_at"
          + " FROM service_device";

  private final JdbcClient db;

  DeviceStore(JdbcClient db) {
    this.db = db;
  }

  public List<Device> list() {
    return db.sql(SELECT + " ORDER BY status, name, id").query(DeviceStore::device).list();
  }

  public Optional<Device> find(UUID id) {
    return db.sql(SELECT + " WHERE id = ?").param(id).query(DeviceStore::device).optional();
  }

  public void insert(UUID id, DeviceDraft d, byte[] secretHash, boolean demo, Instant at) {
    db.sql(
            "INSERT INTO service_device (tenant_id, id, name, kind, location_id,"
                + " default_service_id, secret_hash, status, demo, created_at)"
                + " VALUES (atrium_current_tenant(), ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)")
        .param(id)
        .param(d.name().strip())
        .param(d.kind().name())
        .param(d.locationId())
        .param(d.defaultServiceId())
        .param(secretHash)
        .param(demo)
        .param(OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .update();
  }

  public void update(UUID id, DeviceDraft d) {
    db.sql(
            "UPDATE service_device SET name = ?, kind = ?, location_id = ?, default_service_id = ?"
                + " WHERE id = ?")
        .param(d.name().strip())
        .param(d.kind().name())
        .param(d.locationId())
        .param(d.defaultServiceId())
        .param(id)
        .update();
  }

  public void setSecret(UUID id, byte[] secretHash) {
    db.sql("UPDATE service_device SET secret_hash = ? WHERE id = ?")
        .param(secretHash)
        .param(id)
        .update();
  }

  public void retire(UUID id) {
    db.sql("UPDATE service_device SET status = 'RETIRED' WHERE id = ?").param(id).update();
  }

  /** The tenant of the live device with this id and secret hash, across tenants. */
  public Optional<UUID> tenantOf(UUID deviceId, byte[] secretHash) {
    return db.sql("SELECT atrium_device_lookup(?, ?)")
        .param(deviceId)
        .param(secretHash)
        .query((rs, i) -> rs.getObject(1, UUID.class))
        .optional()
        .filter(t -> t != null);
  }

  private static Device device(ResultSet rs, int i) throws SQLException {
    return new Device(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        DeviceKind.valueOf(rs.getString("kind")),
        rs.getObject("location_id", UUID.class),
        rs.getObject("default_service_id", UUID.class),
        Device.Status.valueOf(rs.getString("status")),
        rs.getBoolean("demo"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }
}
