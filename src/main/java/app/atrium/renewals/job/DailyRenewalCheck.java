package app.atrium.renewals.job;

import app.atrium.platform.scheduling.TenantJobs;
import app.atrium.renewals.RenewalProperties;
import app.atrium.renewals.Renewals;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The daily renewal check as a job: every 15 minutes the scheduler (on one node of the cluster)
 * visits each coworking, and where it is past {@code atrium.renewals.run-at} local time and today
 * has not been checked yet, runs the check. A missed morning (all nodes down) is caught up later
 * that day; a check that failed is tried again at the next visit.
 */
@Configuration(proxyBeanMethods = false)
public class DailyRenewalCheck {

  private final TenantJobs tenants;
  private final Renewals renewals;
  private final RenewalProperties props;
  private final Clock clock;

  DailyRenewalCheck(TenantJobs tenants, Renewals renewals, RenewalProperties props, Clock clock) {
    this.tenants = tenants;
    this.renewals = renewals;
    this.props = props;
    this.clock = clock;
  }

  @Bean
  RecurringTask<Void> renewalsDaily() {
    return Tasks.recurring("renewals-daily", Schedules.cron("0 */15 * * * *"))
        .execute((instance, context) -> runDue(clock.instant()));
  }

  /** The job's body at {@code now}: checks each coworking that is due; returns how many. */
  public int runDue(Instant now) {
    AtomicInteger ran = new AtomicInteger();
    tenants.forEachTenant(
        "renewals-daily",
        tenant -> {
          ZonedDateTime local = now.atZone(renewals.zone());
          if (local.toLocalTime().isBefore(props.runAt())) return;
          if (renewals.checked(local.toLocalDate())) return;
          renewals.run(local.toLocalDate());
          ran.incrementAndGet();
        });
    return ran.get();
  }
}
