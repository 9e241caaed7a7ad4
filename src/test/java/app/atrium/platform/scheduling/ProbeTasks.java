package app.atrium.platform.scheduling;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** A one-time job that records which node ran each of its executions (nodes share this JVM). */
@TestConfiguration(proxyBeanMethods = false)
class ProbeTasks {

  static final Map<String, List<String>> RUNS = new ConcurrentHashMap<>();

  @Bean
  OneTimeTask<Void> clusterProbe(Environment env) {
    String node = env.getProperty("probe.node", "first");
    return Tasks.oneTime("cluster-probe")
        .execute(
            (instance, context) -> {
              RUNS.computeIfAbsent(instance.getId(), k -> new CopyOnWriteArrayList<>()).add(node);
              try {
                Thread.sleep(20);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
  }
}
