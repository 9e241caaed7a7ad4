package app.atrium.services.persistence;

import app.atrium.plans.AllowanceKind;
import app.atrium.services.AddOn;
import app.atrium.services.AddOnStatus;
import app.atrium.services.AddOnUnit;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the catalogue: {@code service} and the plans that include each, {@code service_plan}. */
@Repository
public class CatalogueStore {

  private static final String SELECT =
      "SELECT id, code, name, unit, price, allowance_kind, booking_extra, status, sort_order,"
          + " created_at"
          + " FROM service";
  private static final String ORDER = " ORDER BY status, sort_order, name, code";

  private final JdbcClient db;

  CatalogueStore(JdbcClient db) {
    this.db = db;
  }

  /** A service as written. */
  public record Row(
      UUID id,
      String code,
      String name,
      AddOnUnit unit,
      BigDecimal price,
      AllowanceKind allowanceKind,
      Set<UUID> includedPlanIds,
      Integer sortOrder,
      boolean bookingExtra) {}

  public List<AddOn> list(AddOnStatus status, String currency) {
    return read(
        SELECT + " WHERE (CAST(? AS text) IS NULL OR status = ?)" + ORDER,
        currency,
        status == null ? null : status.name(),
        status == null ? null : status.name());
  }

  public Optional<AddOn> find(UUID id, String currency) {
    return read(SELECT + " WHERE id = ?", currency, id).stream().findFirst();
  }

  /** The service, its row locked until the transaction ends. */
  public Optional<AddOn> findForUpdate(UUID id, String currency) {
    return read(SELECT + " WHERE id = ? FOR UPDATE", currency, id).stream().findFirst();
  }

  public Optional<AddOn> findByCode(String code, String currency) {
    return read(SELECT + " WHERE code = ?", currency, code).stream().findFirst();
  }

  public boolean codeTaken(String code, UUID except) {
    return db.sql("SELECT EXISTS (SELECT 1 FROM service WHERE code = ? AND id IS DISTINCT FROM ?)")
        .param(code)
        .param(except)
        .query(Boolean.class)
        .single();
  }

  public void insert(Row r, Instant createdAt) {
    db.sql(
            "INSERT INTO service (tenant_id, id, code, name, unit, price, allowance_kind,"
                + " booking_extra, status, sort_order, created_at) VALUES (atrium_current_tenant(),"
                + " ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', COALESCE(?, (SELECT LEAST(COALESCE(max(sort_order),"
                + " 0) + 10, 10000) FROM service)), ?)")
        .param(r.id())
        .param(r.code())
        .param(r.name())
        .param(r.unit().name())
        .param(r.price())
        .param(r.allowanceKind() == null ? null : r.allowanceKind().name())
        .param(r.bookingExtra())
        .param(r.sortOrder())
        .param(OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC))
        .update();
    writePlans(r);
  }

  public void update(Row r) {
    db.sql(
            "UPDATE service SET code = ?, name = ?, unit = ?, price = ?, allowance_kind = ?,"
                + " booking_extra = ?, sort_order = COALESCE(?, sort_order) WHERE id = ?")
        .param(r.code())
        .param(r.name())
        .param(r.unit().name())
        .param(r.price())
        .param(r.allowanceKind() == null ? null : r.allowanceKind().name())
        .param(r.bookingExtra())
        .param(r.sortOrder())
        .param(r.id())
        .update();
    db.sql("DELETE FROM service_plan WHERE service_id = ?").param(r.id()).update();
    writePlans(r);
  }

  public void setStatus(UUID id, AddOnStatus status) {
    db.sql("UPDATE service SET status = ? WHERE id = ?").param(status.name()).param(id).update();
  }

  private void writePlans(Row r) {
    for (UUID plan : r.includedPlanIds()) {
      db.sql(
              "INSERT INTO service_plan (tenant_id, service_id, plan_id)"
                  + " VALUES (atrium_current_tenant(), ?, ?)")
          .param(r.id())
          .param(plan)
          .update();
    }
  }

  private List<AddOn> read(String sql, String currency, Object... params) {
    List<Raw> rows = db.sql(sql).params(params).query(CatalogueStore::raw).list();
    if (rows.isEmpty()) return List.of();
    // A catalogue holds a few dozen services: read their plans in one go.
    Map<UUID, Set<UUID>> plans = new HashMap<>();
    db.sql("SELECT service_id, plan_id FROM service_plan")
        .query(
            rs -> {
              plans
                  .computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                  .add(rs.getObject(2, UUID.class));
            });
    List<AddOn> result = new ArrayList<>(rows.size());
    for (Raw r : rows) {
      result.add(
          new AddOn(
              r.id,
              r.code,
              r.name,
              r.unit,
              r.price,
              currency,
              r.kind,
              plans.getOrDefault(r.id, Set.of()),
              r.bookingExtra,
              r.status,
              r.sortOrder,
              r.createdAt));
    }
    return result;
  }

  private record Raw(
      UUID id,
      String code,
      String name,
      AddOnUnit unit,
      BigDecimal price,
      AllowanceKind kind,
      boolean bookingExtra,
      AddOnStatus status,
      int sortOrder,
      Instant createdAt) {}

  private static Raw raw(ResultSet rs, int i) throws SQLException {
    String kind = rs.getString("allowance_kind");
    return new Raw(
        rs.getObject("id", UUID.class),
        rs.getString("code"),
        rs.getString("name"),
        AddOnUnit.valueOf(rs.getString("unit")),
        rs.getBigDecimal("price"),
        kind == null ? null : AllowanceKind.valueOf(kind),
        rs.getBoolean("booking_extra"),
        AddOnStatus.valueOf(rs.getString("status")),
        rs.getInt("sort_order"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }
}
