package app.atrium.billing.notify;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The notices' relay as a job, on one node at a time every minute: what the after-commit worker did
 * not finish (a crash, a failure waiting for its retry) is worked here.
 */
@Configuration(proxyBeanMethods = false)
class NoticeRelayTask {

  @Bean
  RecurringTask<Void> billingNoticeRelay(NoticeWorker worker) {
    return Tasks.recurring("billing-notice-relay", Schedules.fixedDelay(Duration.ofMinutes(1)))
        .execute((instance, context) -> worker.relay());
  }
}
