package app.atrium.plans.persistence;

import app.atrium.plans.MembershipEvent;
import app.atrium.plans.MembershipEventKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code membership_event}, the append-only history. */
@Repository
public class HistoryStore {

  private final JdbcClient db;

  HistoryStore(JdbcClient db) {
    this.db = db;
  }

  public void insert(MembershipEvent e) {
    db.sql(
            """
            INSERT INTO membership_event (tenant_id, id, membership_id, at, actor_account_id,
                   actor_name, kind, first_day, last_day, plan_name, amount, note)
            VALUES (atrium_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            e.id(),
            e.membershipId(),
            e.at().atOffset(ZoneOffset.UTC),
            e.actorAccountId(),
            e.actorName(),
            e.kind().name(),
            e.firstDay(),
            e.lastDay(),
            e.planName(),
            e.amount(),
            e.note() == null ? "" : e.note())
        .update();
  }

  /** The membership's history, newest first. */
  public List<MembershipEvent> of(UUID membershipId) {
    return db.sql(
            """
            SELECT id, membership_id, at, actor_account_id, actor_name, kind, first_day, last_day,
                   plan_name, amount, note
              FROM membership_event WHERE membership_id = ? ORDER BY seq DESC
            """)
        .param(membershipId)
        .query(HistoryStore::row)
        .list();
  }

  private static MembershipEvent row(ResultSet rs, int i) throws SQLException {
    return new MembershipEvent(
        rs.getObject("id", UUID.class),
        rs.getObject("membership_id", UUID.class),
        rs.getObject("at", OffsetDateTime.class).toInstant(),
        rs.getObject("actor_account_id", UUID.class),
        rs.getString("actor_name"),
        MembershipEventKind.valueOf(rs.getString("kind")),
        rs.getObject("first_day", LocalDate.class),
        rs.getObject("last_day", LocalDate.class),
        rs.getString("plan_name"),
        rs.getBigDecimal("amount"),
        rs.getString("note"));
  }
}
