package app.atrium.renewals.persistence;

import app.atrium.platform.security.Role;
import app.atrium.renewals.RenewalSettings;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the renewals module's tables. */
@Repository
public class RenewalStore {

  private final JdbcClient db;

  RenewalStore(JdbcClient db) {
    this.db = db;
  }

  public RenewalSettings settings() {
    return db.sql("SELECT remind_days_before, assignee_role FROM renewal_settings")
        .query(
            (rs, i) ->
                new RenewalSettings(
                    rs.getInt(1), rs.getString(2) == null ? null : Role.valueOf(rs.getString(2))))
        .optional()
        .orElse(RenewalSettings.defaults());
  }

  public void saveSettings(RenewalSettings s) {
    db.sql(
            """
            INSERT INTO renewal_settings (tenant_id, remind_days_before, assignee_role)
            VALUES (atrium_current_tenant(), ?, ?)
            ON CONFLICT (tenant_id) DO UPDATE
              SET remind_days_before = EXCLUDED.remind_days_before,
                  assignee_role = EXCLUDED.assignee_role
            """)
        .param(s.remindDaysBefore())
        .param(s.assigneeRole() == null ? null : s.assigneeRole().name())
        .update();
  }

  /**
   * Claims the renewal of a membership from the end date {@code endsOn}: true for the one caller
   * that may renew it. A concurrent claim waits for this transaction and then finds the row.
   */
  public boolean claimRenewal(UUID membershipId, LocalDate endsOn, Instant at) {
    return db.sql(
                """
                INSERT INTO membership_renewal (tenant_id, membership_id, ends_on, renewed_at)
                VALUES (atrium_current_tenant(), ?, ?, ?)
                ON CONFLICT DO NOTHING
                """)
            .param(membershipId)
            .param(endsOn)
            .param(Timestamp.from(at))
            .update()
        == 1;
  }

  public void recordRenewedTo(UUID membershipId, LocalDate endsOn, LocalDate renewedTo) {
    db.sql("UPDATE membership_renewal SET renewed_to = ? WHERE membership_id = ? AND ends_on = ?")
        .param(renewedTo)
        .param(membershipId)
        .param(endsOn)
        .update();
  }

  /** Whether the daily check has run for the coworking's local date {@code day}. */
  public boolean checked(LocalDate day) {
    return db.sql("SELECT count(*) FROM renewal_check WHERE checked_on = ?")
            .param(day)
            .query(Long.class)
            .single()
        > 0;
  }

  public void recordCheck(LocalDate day, int memberships, Instant at) {
    db.sql(
            """
            INSERT INTO renewal_check (tenant_id, checked_on, checked_at, memberships)
            VALUES (atrium_current_tenant(), ?, ?, ?)
            ON CONFLICT (tenant_id, checked_on) DO UPDATE
              SET checked_at = EXCLUDED.checked_at, memberships = EXCLUDED.memberships
            """)
        .param(day)
        .param(Timestamp.from(at))
        .param(memberships)
        .update();
  }
}
