package app.atrium.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import app.atrium.billing.notify.NoticeWorker;
import app.atrium.comms.Messages;
import app.atrium.support.TestTenant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Billing's notices follow the transaction that issued the invoices: a batch of the invoice run
 * leaves one notice and one email per invoice; a rollback leaves none; while an invoice run works,
 * its notices wait.
 */
class BillingNoticesTest extends BillingTestSupport {

  @Autowired Messages messages;
  @Autowired NoticeWorker worker;

  TestTenant t;

  @BeforeEach
  void coworking() {
    clock.setInstant(FEB_1);
    t = newTenant();
  }

  private long count(String sql) {
    return inTenant(t.tenantId(), () -> db.sql(sql).query(Long.class).single());
  }

  @Test
  void a_batch_of_the_run_leaves_one_notice_and_one_email_per_invoice() {
    List<UUID> people = new ArrayList<>();
    for (int i = 0; i < 25; i++) people.add(member(t, "Member" + i, "Batch"));
    List<InvoiceDraft> drafts =
        people.stream()
            .map(m -> InvoiceDraft.regular(Payer.member(m), FEBRUARY, seedLines()))
            .toList();
    List<Issued> issued = inTenant(t.tenantId(), () -> invoicing.issueAll(drafts));
    assertThat(issued).allMatch(Issued::created);
    assertThat(count("SELECT count(*) FROM billing_notice WHERE kind = 'INVOICE_ISSUED'"))
        .isEqualTo(25);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> count("SELECT count(*) FROM billing_notice WHERE outcome = 'SENT'") == 25);
    for (UUID m : people) {
      assertThat(inTenant(t.tenantId(), () -> messages.history(m, 10)))
          .singleElement()
          .satisfies(msg -> assertThat(msg.attachments()).hasSize(1));
    }
    // The run issued again (a rerun, another node) creates nothing and tells nobody again.
    List<Issued> again = inTenant(t.tenantId(), () -> invoicing.issueAll(drafts));
    assertThat(again).noneMatch(Issued::created);
    assertThat(count("SELECT count(*) FROM billing_notice")).isEqualTo(25);
  }

  @Test
  void notices_wait_while_an_invoice_run_holds_them_and_go_out_when_it_ends() throws Exception {
    UUID asel = member(t, "Asel", "Nurlanova");
    try (var held = worker.hold()) {
      issueSeed(t, asel);
      Thread.sleep(1000);
      // Due for the relay too, which leaves it alone while held.
      clock.setInstant(FEB_1.plus(Duration.ofMinutes(2)));
      assertThat(worker.relay()).isZero();
      assertThat(count("SELECT count(*) FROM billing_notice WHERE done_at IS NULL")).isEqualTo(1);
      assertThat(inTenant(t.tenantId(), () -> messages.history(asel, 10))).isEmpty();
    }
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> count("SELECT count(*) FROM billing_notice WHERE outcome = 'SENT'") == 1);
    assertThat(inTenant(t.tenantId(), () -> messages.history(asel, 10))).hasSize(1);
  }

  @Test
  void an_issue_rolled_back_leaves_no_notice_and_sends_nothing() throws Exception {
    UUID asel = member(t, "Asel", "Nurlanova");
    Throwable failed =
        catchThrowable(
            () ->
                inTenant(
                    t.tenantId(),
                    () -> {
                      invoicing.issue(
                          InvoiceDraft.regular(Payer.member(asel), FEBRUARY, seedLines()));
                      throw new IllegalStateException("the run crashed half-way");
                    }));
    assertThat(failed).hasMessage("the run crashed half-way");
    Thread.sleep(1000);
    assertThat(count("SELECT count(*) FROM invoice")).isZero();
    assertThat(count("SELECT count(*) FROM billing_notice")).isZero();
    assertThat(inTenant(t.tenantId(), () -> messages.history(asel, 10))).isEmpty();
  }
}
