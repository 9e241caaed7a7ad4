package app.atrium.billing.dunning;

import app.atrium.billing.BillingSettings;
import app.atrium.billing.Dunning;
import app.atrium.platform.scheduling.TenantJobs;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The daily dunning of every coworking: a cluster-wide job (db-scheduler: one node at a time) that
 * wakes every hour and runs each tenant's dunning once its billing day has reached 09:00 in its own
 * time zone. Later wakings of the same day find every step sent and send nothing; a step is never
 * sent twice, whatever runs at the same time.
 */
@Component
public class DunningJob {

  /** Reminders are not sent before this local time. */
  static final LocalTime SEND_FROM = LocalTime.of(9, 0);

  private final TenantJobs jobs;
  private final Dunning dunning;
  private final BillingSettings settings;
  private final Clock clock;

  DunningJob(TenantJobs jobs, Dunning dunning, BillingSettings settings, Clock clock) {
    this.jobs = jobs;
    this.dunning = dunning;
    this.settings = settings;
    this.clock = clock;
  }

  /** Runs the dunning of every tenant whose local time is past {@link #SEND_FROM}. */
  public int runAll() {
    return jobs.forEachTenant(
        "billing-dunning",
        tenant -> {
          ZoneId zone = ZoneId.of(settings.profile().timeZone());
          if (clock.instant().atZone(zone).toLocalTime().isBefore(SEND_FROM)) return;
          dunning.runNow();
        });
  }

  @Configuration(proxyBeanMethods = false)
  static class Schedule {
    @Bean
    RecurringTask<Void> billingDunning(DunningJob job) {
      return Tasks.recurring("billing-dunning", Schedules.fixedDelay(Duration.ofHours(1)))
          .execute((instance, context) -> job.runAll());
    }
  }
}
