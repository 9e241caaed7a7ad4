package app.atrium.billing.dunning;

import app.atrium.billing.DunningPolicy;
import app.atrium.billing.DunningReminder;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code dunning_policy} and {@code dunning_reminder}, and the overdue invoices. */
@Repository
public class DunningStore {

  private final JdbcClient db;

  DunningStore(JdbcClient db) {
    this.db = db;
  }

  public Optional<DunningPolicy> policy() {
    return db.sql("SELECT enabled, reminder_days, suspend_access FROM dunning_policy")
        .query(
            (rs, i) -> new DunningPolicy(rs.getBoolean(1), days(rs.getArray(2)), rs.getBoolean(3)))
        .optional();
  }

  public void save(DunningPolicy p, Instant now) {
    db.sql(
            """
            INSERT INTO dunning_policy (tenant_id, enabled, reminder_days, suspend_access, updated_at)
            VALUES (atrium_current_tenant(), ?, ?::smallint[], ?, ?)
            ON CONFLICT (tenant_id) DO UPDATE
               SET enabled = excluded.enabled, reminder_days = excluded.reminder_days,
                   suspend_access = excluded.suspend_access, updated_at = excluded.updated_at
            """)
        .param(p.enabled())
        .param(p.reminderDays().toArray(Integer[]::new))
        .param(p.suspendAccess())
        .param(Timestamp.from(now))
        .update();
  }

  /** An open invoice past its due date and the last reminder step it got (0: none). */
  public record Overdue(UUID invoiceId, LocalDate dueDate, int lastStep) {}

  /** Open invoices due on or before {@code dueBy}, oldest due first. */
  public List<Overdue> overdue(LocalDate dueBy) {
    return db.sql(
            """
            SELECT i.id, i.due_date,
                   coalesce((SELECT max(r.step) FROM dunning_reminder r
                              WHERE r.tenant_id = i.tenant_id AND r.invoice_id = i.id), 0)
              FROM invoice i
             WHERE i.status IN ('ISSUED', 'PARTIALLY_PAID') AND i.due_date <= ?
             ORDER BY i.due_date, i.id
            """)
        .param(dueBy)
        .query(
            (rs, i) ->
                new Overdue(
                    rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getInt(3)))
        .list();
  }

  /** Share-locks an invoice and answers whether it is still open (a payment waits for us). */
  public boolean lockOpen(UUID invoiceId) {
    return db.sql("SELECT status FROM invoice WHERE id = ? FOR SHARE")
        .param(invoiceId)
        .query(String.class)
        .optional()
        .map(s -> s.equals("ISSUED") || s.equals("PARTIALLY_PAID"))
        .orElse(false);
  }

  /** The highest step sent for the invoice (0: none), read under the invoice's lock. */
  public int lastStep(UUID invoiceId) {
    return db.sql("SELECT coalesce(max(step), 0) FROM dunning_reminder WHERE invoice_id = ?")
        .param(invoiceId)
        .query(Integer.class)
        .single();
  }

  /**
   * Records a reminder step; false when it was recorded before (another run, another node), in
   * which case it must not be sent again.
   */
  public boolean insert(
      UUID invoiceId, int step, int days, boolean last, LocalDate on, int recipients, Instant now) {
    return db.sql(
                """
                INSERT INTO dunning_reminder (tenant_id, invoice_id, step, days_overdue, final,
                                              sent_on, recipients, created_at)
                VALUES (atrium_current_tenant(), ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING
                """)
            .params(invoiceId, step, days, last, on, recipients, Timestamp.from(now))
            .update()
        == 1;
  }

  public List<DunningReminder> reminders(UUID invoiceId) {
    return db.sql(
            "SELECT invoice_id, step, days_overdue, final, sent_on, recipients, created_at"
                + " FROM dunning_reminder WHERE invoice_id = ? ORDER BY step")
        .param(invoiceId)
        .query(
            (rs, i) ->
                new DunningReminder(
                    rs.getObject(1, UUID.class),
                    rs.getInt(2),
                    rs.getInt(3),
                    rs.getBoolean(4),
                    rs.getObject(5, LocalDate.class),
                    rs.getInt(6),
                    rs.getObject(7, OffsetDateTime.class).toInstant()))
        .list();
  }

  private static List<Integer> days(Array a) throws SQLException {
    var out = new ArrayList<Integer>();
    for (Object o : (Object[]) a.getArray()) out.add(((Number) o).intValue());
    return out;
  }
}
