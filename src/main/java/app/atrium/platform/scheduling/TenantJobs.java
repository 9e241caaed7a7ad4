package app.atrium.platform.scheduling;

import app.atrium.platform.tenant.TenantContext;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a job needs to visit every coworking: their ids (through the database's one narrow lookup
 * for jobs) and a way to work in each one's own scope, where row-level security applies as in any
 * request. One tenant's failure is logged and does not stop the others.
 */
@Component
public class TenantJobs {

  private static final Logger log = LoggerFactory.getLogger(TenantJobs.class);

  private final JdbcClient db;
  private final TransactionTemplate tx;

  TenantJobs(JdbcClient db, TransactionTemplate tx) {
    this.db = db;
    this.tx = tx;
  }

  /** Every tenant's id, oldest first. */
  public List<UUID> tenantIds() {
    return tx.execute(s -> db.sql("SELECT atrium_job_tenants()").query(UUID.class).list());
  }

  /**
   * Runs {@code work} once per tenant with that tenant as the current one (each call opens its own
   * transactions); returns how many tenants failed.
   */
  public int forEachTenant(String job, Consumer<UUID> work) {
    int failed = 0;
    for (UUID tenant : tenantIds()) {
      try {
        TenantContext.runAs(tenant, () -> work.accept(tenant));
      } catch (RuntimeException e) {
        failed++;
        log.warn("Job {} failed for tenant {}: {}", job, tenant, e.toString(), e);
      }
    }
    return failed;
  }
}
