package app.atrium.billing.run;

import static org.assertj.core.api.Assertions.assertThat;

import app.atrium.AtriumApplication;
import app.atrium.platform.tenant.TenantContext;
import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes start the same period's run at the same moment (and then once more): every payer gets
 * exactly one invoice, numbered without gaps, and no usage is linked twice.
 */
class InvoiceRunClusterTest extends RunRobustnessFixture {

  @Autowired HikariDataSource dataSource;
  @Autowired InvoiceRuns runs;

  @Test
  void twoNodesAtOnceIssueEachInvoiceOnce() throws Exception {
    payers(30);
    try (ConfigurableApplicationContext second =
        new SpringApplicationBuilder(AtriumApplication.class)
            .run(
                "--server.port=0",
                "--atrium.db.url=" + dataSource.getJdbcUrl(),
                "--atrium.db.owner-user=atrium_owner",
                "--atrium.db.app-user=atrium_app",
                "--atrium.db.pool-size=4",
                "--atrium.demo=false",
                "--atrium.scheduler.enabled=false",
                "--atrium.billing.run.batch-size=4",
                "--spring.main.banner-mode=off")) {
      InvoiceRuns other = second.getBean(InvoiceRuns.class);
      CountDownLatch go = new CountDownLatch(1);
      CompletableFuture<InvoiceRun> a = on(runs, go);
      CompletableFuture<InvoiceRun> b = on(other, go);
      go.countDown();
      InvoiceRun ra = a.get();
      InvoiceRun rb = b.get();
      assertThat(List.of(ra.status(), rb.status())).containsOnly(InvoiceRun.Status.DONE);
      assertThat(ra.issued() + rb.issued()).isEqualTo(payers.size());
      assertThat(ra.failed() + rb.failed()).isZero();
      // And once more: nothing new.
      assertThat(on(other, new CountDownLatch(0)).get().issued()).isZero();
    }
    Map<UUID, Long> perPayer = invoicesPerPayer();
    assertThat(perPayer.keySet()).containsExactlyInAnyOrderElementsOf(payers);
    assertThat(perPayer.values()).allMatch(n -> n == 1);
    long[] seq = numbering();
    assertThat(seq[0]).isEqualTo(1);
    assertThat(seq[1]).isEqualTo(seq[2]).isEqualTo(payers.size());
  }

  private CompletableFuture<InvoiceRun> on(InvoiceRuns node, CountDownLatch go) {
    UUID tenant = t.tenantId();
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            go.await();
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
          return TenantContext.callAs(tenant, () -> node.runNow(PERIOD, InvoiceRun.Trigger.STAFF));
        });
  }
}
