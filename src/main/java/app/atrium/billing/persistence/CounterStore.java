package app.atrium.billing.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Gapless document numbers: the counter row of a series and year is moved forward and stays locked
 * until the issuing transaction ends, so a rollback gives its numbers back and two issuers queue.
 */
@Repository
public class CounterStore {

  /** What is numbered. */
  public enum Series {
    INVOICE,
    CREDIT_NOTE
  }

  private final JdbcClient db;

  CounterStore(JdbcClient db) {
    this.db = db;
  }

  /** Takes {@code count} consecutive numbers; answers the first. */
  public int take(Series series, int year, int count) {
    if (count < 1) throw new IllegalArgumentException("count must be positive: " + count);
    int last =
        db.sql(
                """
                INSERT INTO billing_counter (tenant_id, series, year, last_value)
                VALUES (atrium_current_tenant(), ?, ?, ?)
                ON CONFLICT (tenant_id, series, year)
                DO UPDATE SET last_value = billing_counter.last_value + EXCLUDED.last_value
                RETURNING last_value
                """)
            .param(series.name())
            .param(year)
            .param(count)
            .query(Integer.class)
            .single();
    return last - count + 1;
  }
}
