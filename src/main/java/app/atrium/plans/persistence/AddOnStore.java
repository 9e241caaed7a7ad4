package app.atrium.plans.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code membership_addon}. */
@Repository
public class AddOnStore {

  private static final String SELECT =
      "SELECT id, membership_id, kind, quantity, price, included, starts_on, ends_on, note"
          + " FROM membership_addon";

  /** An add-on row; amounts in the tenant's currency. */
  public record Row(
      UUID id,
      UUID membershipId,
      String kind,
      int quantity,
      BigDecimal price,
      boolean included,
      LocalDate startsOn,
      LocalDate endsOn,
      String note) {}

  private final JdbcClient db;

  AddOnStore(JdbcClient db) {
    this.db = db;
  }

  public void insert(Row r, Instant at) {
    db.sql(
            "INSERT INTO membership_addon (tenant_id, id, membership_id, kind, quantity, price,"
                + " included, starts_on, ends_on, note, created_at)"
                + " VALUES (atrium_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            r.id(),
            r.membershipId(),
            r.kind(),
            r.quantity(),
            r.price(),
            r.included(),
            r.startsOn(),
            r.endsOn(),
            r.note(),
            at.atOffset(ZoneOffset.UTC))
        .update();
  }

  public List<Row> of(UUID membershipId) {
    return db.sql(SELECT + " WHERE membership_id = ? ORDER BY starts_on, kind")
        .param(membershipId)
        .query(AddOnStore::row)
        .list();
  }

  public Map<UUID, List<Row>> ofMember(UUID memberId) {
    Map<UUID, List<Row>> out = new HashMap<>();
    db.sql(
            SELECT
                + " a WHERE CAST(? AS uuid) IS NULL OR EXISTS (SELECT 1 FROM membership m"
                + " WHERE m.tenant_id = a.tenant_id AND m.id = a.membership_id AND m.member_id = ?)"
                + " ORDER BY starts_on, kind")
        .params(memberId, memberId)
        .query(AddOnStore::row)
        .list()
        .forEach(r -> out.computeIfAbsent(r.membershipId(), k -> new ArrayList<>()).add(r));
    return out;
  }

  /** The add-ons of these memberships, by membership. */
  public Map<UUID, List<Row>> ofAll(java.util.Collection<UUID> membershipIds) {
    Map<UUID, List<Row>> out = new HashMap<>();
    if (membershipIds.isEmpty()) return out;
    db.sql(SELECT + " WHERE membership_id = ANY(?) ORDER BY starts_on, kind")
        .param(membershipIds.toArray(UUID[]::new))
        .query(AddOnStore::row)
        .list()
        .forEach(r -> out.computeIfAbsent(r.membershipId(), k -> new ArrayList<>()).add(r));
    return out;
  }

  public Optional<Row> find(UUID membershipId, UUID id) {
    return db.sql(SELECT + " WHERE membership_id = ? AND id = ?")
        .params(membershipId, id)
        .query(AddOnStore::row)
        .optional();
  }

  public void setEnd(UUID id, LocalDate endsOn) {
    db.sql("UPDATE membership_addon SET ends_on = ? WHERE id = ?").params(endsOn, id).update();
  }

  public void delete(UUID id) {
    db.sql("DELETE FROM membership_addon WHERE id = ?").param(id).update();
  }

  /** Ends every add-on by {@code lastDay} (those starting later are dropped). */
  public void clipTo(UUID membershipId, LocalDate lastDay) {
    db.sql("DELETE FROM membership_addon WHERE membership_id = ? AND starts_on > ?")
        .params(membershipId, lastDay)
        .update();
    db.sql(
            "UPDATE membership_addon SET ends_on = ? WHERE membership_id = ?"
                + " AND (ends_on IS NULL OR ends_on > ?)")
        .params(lastDay, membershipId, lastDay)
        .update();
  }

  private static Row row(ResultSet rs, int i) throws SQLException {
    return new Row(
        rs.getObject("id", UUID.class),
        rs.getObject("membership_id", UUID.class),
        rs.getString("kind"),
        rs.getInt("quantity"),
        rs.getBigDecimal("price"),
        rs.getBoolean("included"),
        rs.getObject("starts_on", LocalDate.class),
        rs.getObject("ends_on", LocalDate.class),
        rs.getString("note"));
  }
}
