package app.atrium.comms.delivery;

import app.atrium.comms.CommsProperties;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbox relay as a job: on one node at a time, every {@code atrium.comms.relay-interval}. */
@Configuration(proxyBeanMethods = false)
class OutboxRelayTask {

  @Bean
  RecurringTask<Void> commsOutboxRelay(Outbox outbox, CommsProperties props) {
    return Tasks.recurring("comms-outbox-relay", Schedules.fixedDelay(props.relayInterval()))
        .execute((instance, context) -> outbox.relay());
  }
}
