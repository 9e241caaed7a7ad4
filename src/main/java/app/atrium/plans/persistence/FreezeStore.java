package app.atrium.plans.persistence;

import app.atrium.plans.Freeze;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code membership_freeze}. */
@Repository
public class FreezeStore {

  private static final String SELECT =
      "SELECT id, membership_id, first_day, last_day, reason, created_at FROM membership_freeze";

  private final JdbcClient db;

  FreezeStore(JdbcClient db) {
    this.db = db;
  }

  public void insert(Freeze f) {
    db.sql(
            "INSERT INTO membership_freeze (tenant_id, id, membership_id, first_day, last_day,"
                + " reason, created_at) VALUES (atrium_current_tenant(), ?, ?, ?, ?, ?, ?)")
        .params(
            f.id(),
            f.membershipId(),
            f.firstDay(),
            f.lastDay(),
            f.reason(),
            f.createdAt().atOffset(ZoneOffset.UTC))
        .update();
  }

  public List<Freeze> of(UUID membershipId) {
    return db.sql(SELECT + " WHERE membership_id = ? ORDER BY first_day")
        .param(membershipId)
        .query(FreezeStore::row)
        .list();
  }

  /** The freezes of {@code memberId}'s memberships (null: all), by membership. */
  public Map<UUID, List<Freeze>> ofMember(UUID memberId) {
    Map<UUID, List<Freeze>> out = new HashMap<>();
    db.sql(
            SELECT
                + " f WHERE CAST(? AS uuid) IS NULL OR EXISTS (SELECT 1 FROM membership m"
                + " WHERE m.tenant_id = f.tenant_id AND m.id = f.membership_id AND m.member_id = ?)"
                + " ORDER BY first_day")
        .params(memberId, memberId)
        .query(FreezeStore::row)
        .list()
        .forEach(f -> out.computeIfAbsent(f.membershipId(), k -> new ArrayList<>()).add(f));
    return out;
  }

  /** The freezes of these memberships, by membership. */
  public Map<UUID, List<Freeze>> ofAll(java.util.Collection<UUID> membershipIds) {
    Map<UUID, List<Freeze>> out = new HashMap<>();
    if (membershipIds.isEmpty()) return out;
    db.sql(SELECT + " WHERE membership_id = ANY(?) ORDER BY first_day")
        .param(membershipIds.toArray(UUID[]::new))
        .query(FreezeStore::row)
        .list()
        .forEach(f -> out.computeIfAbsent(f.membershipId(), k -> new ArrayList<>()).add(f));
    return out;
  }

  public Optional<Freeze> find(UUID membershipId, UUID id) {
    return db.sql(SELECT + " WHERE membership_id = ? AND id = ?")
        .params(membershipId, id)
        .query(FreezeStore::row)
        .optional();
  }

  public void delete(UUID id) {
    db.sql("DELETE FROM membership_freeze WHERE id = ?").param(id).update();
  }

  /** Drops freezes after {@code lastDay} and shortens one running across it. */
  public void clipTo(UUID membershipId, LocalDate lastDay) {
    db.sql("DELETE FROM membership_freeze WHERE membership_id = ? AND first_day > ?")
        .params(membershipId, lastDay)
        .update();
    db.sql("UPDATE membership_freeze SET last_day = ? WHERE membership_id = ? AND last_day > ?")
        .params(lastDay, membershipId, lastDay)
        .update();
  }

  private static Freeze row(ResultSet rs, int i) throws SQLException {
    LocalDate first = rs.getObject("first_day", LocalDate.class);
    LocalDate last = rs.getObject("last_day", LocalDate.class);
    return new Freeze(
        rs.getObject("id", UUID.class),
        rs.getObject("membership_id", UUID.class),
        first,
        last,
        ChronoUnit.DAYS.between(first, last) + 1,
        rs.getString("reason"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }

  static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
