package app.atrium.platform.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * One db-scheduler per node over the runtime role's pool, knowing every {@link Task} bean of the
 * modules; recurring ones are registered at start. Executions live in the global {@code
 * scheduled_tasks} table and are picked with {@code FOR UPDATE SKIP LOCKED}, so each runs on one
 * node only. With {@code atrium.scheduler.enabled=false} nothing is polled or run; the {@link
 * SchedulerClient} still schedules executions for the nodes that do run.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SchedulerConfiguration.class);

  @Bean(destroyMethod = "stop")
  NodeScheduler nodeScheduler(
      DataSource dataSource, ObjectProvider<Task<?>> taskBeans, SchedulerProperties props) {
    List<Task<?>> tasks = taskBeans.orderedStream().toList();
    SchedulerClient client = SchedulerClient.Builder.create(dataSource, tasks).build();
    if (!props.enabled()) {
      log.info("Job scheduler disabled on this node (atrium.scheduler.enabled=false)");
      return new NodeScheduler(client, null);
    }
    // startTasks adds the recurring tasks to the known ones itself: name each task once.
    List<Task<?>> others = tasks.stream().filter(t -> !(t instanceof OnStartup)).toList();
    Scheduler scheduler =
        Scheduler.create(dataSource, others)
            .startTasks(recurring(tasks))
            .schedulerName(new SchedulerName.Fixed(nodeName()))
            .pollingInterval(props.pollingInterval())
            .threads(props.threads())
            .pollUsingLockAndFetch(0.5, 1.0)
            .enableImmediateExecution()
            .shutdownMaxWait(Duration.ofSeconds(10))
            .build();
    return new NodeScheduler(scheduler, scheduler);
  }

  @Bean
  SchedulerClient schedulerClient(NodeScheduler node) {
    return node.client();
  }

  /** Starts polling once the application (demo data included) is ready. */
  @EventListener(ApplicationReadyEvent.class)
  void start(ApplicationReadyEvent event) {
    event.getApplicationContext().getBean(NodeScheduler.class).start();
  }

  private static String nodeName() {
    String host;
    try {
      host = java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.net.UnknownHostException e) {
      host = "node";
    }
    // Two nodes on one host (and two contexts in one test JVM) must not share a name.
    return host + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The tasks that register their first execution when the scheduler starts (recurring ones). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <T extends Task<?> & OnStartup> List<T> recurring(List<Task<?>> tasks) {
    List<T> result = new ArrayList<>();
    for (Task<?> t : tasks) if (t instanceof OnStartup) result.add((T) (Task) t);
    return result;
  }

  /** This node's scheduler: always a client, and a running scheduler when enabled. */
  static final class NodeScheduler {
    private final SchedulerClient client;
    private final Scheduler scheduler;

    NodeScheduler(SchedulerClient client, Scheduler scheduler) {
      this.client = client;
      this.scheduler = scheduler;
    }

    SchedulerClient client() {
      return client;
    }

    void start() {
      if (scheduler != null) scheduler.start();
    }

    void stop() {
      if (scheduler != null) scheduler.stop();
    }
  }
}
