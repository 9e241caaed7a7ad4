package app.atrium.billing.persistence;

import app.atrium.billing.AccountingPeriods.LockedPeriod;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code billing_period_lock}. */
@Repository
public class PeriodLockStore {

  private final JdbcClient db;

  PeriodLockStore(JdbcClient db) {
    this.db = db;
  }

  public void lock(YearMonth period, Instant at, UUID by) {
    db.sql(
            "INSERT INTO billing_period_lock (tenant_id, period, locked_at, locked_by)"
                + " VALUES (atrium_current_tenant(), ?, ?, ?) ON CONFLICT DO NOTHING")
        .param(period.atDay(1))
        .param(Timestamp.from(at))
        .param(by)
        .update();
  }

  public boolean isLocked(LocalDate day) {
    return db.sql("SELECT billing_period_locked(atrium_current_tenant(), ?)")
        .param(day)
        .query(Boolean.class)
        .single();
  }

  public List<LockedPeriod> list() {
    return db.sql(
            "SELECT period, locked_at, locked_by FROM billing_period_lock ORDER BY period DESC")
        .query(
            (rs, i) ->
                new LockedPeriod(
                    YearMonth.from(rs.getObject(1, LocalDate.class)),
                    rs.getObject(2, OffsetDateTime.class).toInstant(),
                    rs.getObject(3, UUID.class)))
        .list();
  }
}
