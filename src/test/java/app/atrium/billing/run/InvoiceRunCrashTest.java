package app.atrium.billing.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The run survives {@code kill -9}: a separate JVM runs the app on the test's database, slowed to a
 * batch of 5 payers every 300 ms; it is killed (SIGKILL) once some invoices are issued; a new run
 * then bills everyone else, and every payer has exactly one invoice, numbered without gaps.
 */
class InvoiceRunCrashTest extends RunRobustnessFixture {

  @Autowired HikariDataSource dataSource;
  @Autowired InvoiceRuns runs;

  @Test
  void aRunKilledHalfWayIsFinishedByTheNextWithoutDuplicatesOrGaps() throws Exception {
    payers(40);
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("app.atrium.AtriumApplication");
    command.add("--server.port=" + port);
    command.add("--atrium.db.url=" + dataSource.getJdbcUrl());
    command.add("--atrium.db.owner-user=atrium_owner");
    command.add("--atrium.db.app-user=atrium_app");
    command.add("--atrium.db.pool-size=4");
    command.add("--atrium.demo=false");
    command.add("--atrium.scheduler.enabled=false");
    command.add("--atrium.billing.run.batch-size=5");
    command.add("--atrium.billing.run.batch-pause=300ms");
    command.add("--spring.main.banner-mode=off");
    File log = File.createTempFile("invoice-run-node", ".log");
    Process node =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    try {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://localhost:" + port;
      long until = System.currentTimeMillis() + 120_000;
      boolean up = false;
      while (!up && System.currentTimeMillis() < until && node.isAlive()) {
        try {
          up =
              http.send(
                          HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                          HttpResponse.BodyHandlers.ofString())
                      .statusCode()
                  == 200;
        } catch (java.io.IOException e) {
          Thread.sleep(250);
        }
      }
      assertThat(up).as("the node started (log: %s)", log).isTrue();
      var started =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/v1/invoice-runs"))
                  .header("Authorization", t.bearer())
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          json.writeValueAsString(Map.of("period", PERIOD.toString()))))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
      long deadline = System.currentTimeMillis() + 60_000;
      while (issuedCount() < 10 && System.currentTimeMillis() < deadline) Thread.sleep(20);
    } finally {
      node.destroyForcibly(); // SIGKILL: no shutdown hooks, transactions cut off
      node.waitFor();
    }
    long halfWay = issuedCount();
    assertThat(halfWay).as("killed half-way").isBetween(10L, (long) payers.size() - 1);
    String crashed =
        inTenant(
            t.tenantId(),
            () ->
                db.sql("SELECT status FROM invoice_run ORDER BY started_at LIMIT 1")
                    .query(String.class)
                    .single());
    assertThat(crashed).isEqualTo("RUNNING");

    InvoiceRun second =
        app.atrium.platform.tenant.TenantContext.callAs(
            t.tenantId(), () -> runs.runNow(PERIOD, InvoiceRun.Trigger.STAFF));
    assertThat(second.status()).isEqualTo(InvoiceRun.Status.DONE);
    assertThat(second.issued()).isEqualTo((int) (payers.size() - halfWay));

    Map<java.util.UUID, Long> perPayer = invoicesPerPayer();
    assertThat(perPayer.keySet()).containsExactlyInAnyOrderElementsOf(payers);
    assertThat(perPayer.values()).allMatch(n -> n == 1);
    long[] seq = numbering();
    assertThat(seq[0]).isEqualTo(1);
    assertThat(seq[1]).isEqualTo(seq[2]).isEqualTo(payers.size());
  }
}
