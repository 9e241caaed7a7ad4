package app.atrium.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.atrium.AtriumApplication;
import app.atrium.support.IntegrationTest;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two nodes on one database, both running the scheduler: every execution runs on exactly one of
 * them, and the job's global table is usable by the runtime role.
 */
@Import(ProbeTasks.class)
class SchedulerClusterTest extends IntegrationTest {

  @DynamicPropertySource
  static void schedulerOn(DynamicPropertyRegistry registry) {
    registry.add("atrium.scheduler.enabled", () -> "true");
    registry.add("atrium.scheduler.polling-interval", () -> "PT0.2S");
  }

  @Autowired SchedulerClient scheduler;
  @Autowired OneTimeTask<Void> clusterProbe;
  @Autowired HikariDataSource dataSource;

  @Test
  void each_execution_runs_once_across_two_nodes() {
    try (ConfigurableApplicationContext second = secondNode()) {
      int n = 60;
      for (int i = 0; i < n; i++) {
        scheduler.schedule(clusterProbe.instance("probe-" + i), Instant.now());
      }
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  ProbeTasks.RUNS.keySet().stream().filter(k -> k.startsWith("probe-")).count()
                      == n);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  db.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'cluster-probe'")
                          .query(Long.class)
                          .single()
                      == 0);
      Map<String, List<String>> runs = Map.copyOf(ProbeTasks.RUNS);
      assertThat(runs.values()).allSatisfy(nodes -> assertThat(nodes).hasSize(1));
      Map<String, Long> byNode =
          runs.values().stream()
              .flatMap(List::stream)
              .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
      System.out.println("Probe executions by node: " + byNode);
      // The recurring jobs are registered once for the cluster, not once per node.
      assertThat(
              db.sql("SELECT task_name, task_instance FROM scheduled_tasks")
                  .query((rs, i) -> rs.getString(1) + "/" + rs.getString(2))
                  .list())
          .contains("comms-outbox-relay/recurring")
          .doesNotHaveDuplicates();
    }
  }

  private ConfigurableApplicationContext secondNode() {
    return new SpringApplicationBuilder(AtriumApplication.class, ProbeTasks.class)
        .run(
            "--server.port=0",
            "--atrium.db.url=" + dataSource.getJdbcUrl(),
            "--atrium.db.owner-user=atrium_owner",
            "--atrium.db.app-user=atrium_app",
            "--atrium.db.pool-size=4",
            "--atrium.demo=false",
            "--atrium.scheduler.enabled=true",
            "--atrium.scheduler.polling-interval=PT0.2S",
            "--probe.node=second",
            "--spring.mail.host=",
            "--spring.main.banner-mode=off");
  }
}
