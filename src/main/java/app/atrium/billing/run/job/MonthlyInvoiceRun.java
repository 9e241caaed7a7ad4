package app.atrium.billing.run.job;

import app.atrium.billing.run.InvoiceRun;
import app.atrium.billing.run.InvoiceRunProperties;
import app.atrium.billing.run.InvoiceRuns;
import app.atrium.platform.scheduling.TenantJobs;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The invoice run of the 1st as a job: every 15 minutes the scheduler (on one node of the cluster)
 * visits each coworking, and where it is the 1st (or, to catch up a missed morning, the 2nd or 3rd)
 * of a month past {@code atrium.billing.run.run-at} (06:00) in the billing time zone and no run of
 * that month has finished or is running, runs it to the end. A run that crashed (no heartbeat for
 * {@code InvoiceRuns.STALE}) is carried on by the next visit: payers invoiced already are skipped.
 */
@Configuration(proxyBeanMethods = false)
public class MonthlyInvoiceRun {

  /** The last day of a month on which a missed run is still caught up. */
  static final int CATCH_UP_UNTIL_DAY = 3;

  private final TenantJobs tenants;
  private final InvoiceRuns runs;
  private final InvoiceRunProperties props;
  private final Clock clock;

  MonthlyInvoiceRun(TenantJobs tenants, InvoiceRuns runs, InvoiceRunProperties props, Clock clock) {
    this.tenants = tenants;
    this.runs = runs;
    this.props = props;
    this.clock = clock;
  }

  @Bean
  RecurringTask<Void> invoiceRunMonthly() {
    return Tasks.recurring("invoice-run-monthly", Schedules.cron("0 */15 * * * *"))
        .execute((instance, context) -> runDue(clock.instant()));
  }

  /** The job's body at {@code now}: runs each coworking that is due; returns how many ran. */
  public int runDue(Instant now) {
    AtomicInteger ran = new AtomicInteger();
    tenants.forEachTenant(
        "invoice-run-monthly",
        tenant -> {
          ZonedDateTime local = now.atZone(runs.zone());
          if (local.getDayOfMonth() > CATCH_UP_UNTIL_DAY) return;
          if (local.getDayOfMonth() == 1 && local.toLocalTime().isBefore(props.runAt())) return;
          YearMonth period = YearMonth.from(local);
          // A run staff started (or another node's) is left to finish: two at once only queue.
          if (runs.done(period) || runs.running(period)) return;
          runs.runNow(period, InvoiceRun.Trigger.SCHEDULE);
          ran.incrementAndGet();
        });
    return ran.get();
  }
}
