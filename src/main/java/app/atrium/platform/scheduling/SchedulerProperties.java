package app.atrium.platform.scheduling;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The job scheduler (db-scheduler on the application database).
 *
 * @param enabled whether this node runs jobs (ATRIUM_SCHEDULER_ENABLED, default true); tests turn
 *     it off and call a job's body directly
 * @param pollingInterval how often a node looks for due executions (default 10 s)
 * @param threads executions this node runs at once (default 4)
 */
@ConfigurationProperties("atrium.scheduler")
public record SchedulerProperties(Boolean enabled, Duration pollingInterval, int threads) {

  public SchedulerProperties {
    if (enabled == null) enabled = true;
    if (pollingInterval == null) pollingInterval = Duration.ofSeconds(10);
    if (threads <= 0) threads = 4;
  }
}
