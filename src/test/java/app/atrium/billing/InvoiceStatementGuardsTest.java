package app.atrium.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atrium.support.TestTenant;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The invoice guards that check a whole statement's rows at once (lines added, invoices issued)
 * refuse what the row-by-row guards refused: a line on an issued invoice, even mixed with lines of
 * drafts or racing the issue, and an invoice issued with lines that do not add up to its total.
 */
class InvoiceStatementGuardsTest extends BillingTestSupport {

  static final String ISSUE =
      """
      UPDATE invoice SET status = 'ISSUED', number = 'T-' || id, number_year = 2027,
             number_seq = 1 + (hashtext(id::text) & 1073741823),
             issue_date = '2027-02-01', due_date = '2027-02-15', issued_at = now()
      """;

  static final String ADD_LINE =
      "INSERT INTO invoice_line (tenant_id, invoice_id, line_no, kind, description, quantity,"
          + " unit_price, amount) SELECT atrium_current_tenant(), id, 9, 'ONE_OFF', 'x', 1, 1, 1"
          + " FROM invoice WHERE ";

  TestTenant t;
  UUID asel;
  UUID bota;

  @BeforeEach
  void coworking() {
    clock.setInstant(FEB_1);
    t = newTenant();
    asel = member(t, "Asel", "N");
    bota = member(t, "Bota", "K");
  }

  private Invoice draft(UUID member) {
    return inTenant(
        t.tenantId(),
        () ->
            invoicing.saveDraft(InvoiceDraft.regular(Payer.member(member), FEBRUARY, seedLines())));
  }

  private int lines(UUID invoiceId) {
    return invoice(t, invoiceId).lines().size();
  }

  @Test
  void one_statement_adding_lines_to_a_draft_and_an_issued_invoice_is_refused_whole() {
    Invoice draft = draft(asel);
    Invoice issued = issueSeed(t, bota);
    refusedBySql(
        t, "billing_invoice_immutable", ADD_LINE + "id IN (?, ?)", draft.id(), issued.id());
    assertThat(lines(draft.id())).isEqualTo(4);
    assertThat(lines(issued.id())).isEqualTo(4);
    // Lines of drafts alone, many in one statement, are fine.
    Invoice other = draft(member(t, "Dana", "S"));
    int added =
        inTenant(
            t.tenantId(),
            () -> db.sql(ADD_LINE + "id IN (?, ?)").params(draft.id(), other.id()).update());
    assertThat(added).isEqualTo(2);
  }

  @Test
  void a_line_added_while_its_invoice_is_being_issued_waits_and_is_refused() throws Exception {
    Invoice draft = draft(asel);
    // Two threads of their own: the common pool may have one only, held by the issuer.
    ExecutorService two = Executors.newFixedThreadPool(2);
    CountDownLatch issuing = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Integer> issue =
        CompletableFuture.supplyAsync(
            () ->
                inTenant(
                    t.tenantId(),
                    () -> {
                      int n = db.sql(ISSUE + " WHERE id = ?").param(draft.id()).update();
                      issuing.countDown();
                      await(release);
                      return n;
                    }),
            two);
    assertThat(issuing.await(10, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Integer> add =
        CompletableFuture.supplyAsync(
            () ->
                inTenant(
                    t.tenantId(), () -> db.sql(ADD_LINE + "id = ?").param(draft.id()).update()));
    // The line waits for the invoice's row lock; once the issue commits it sees an issued invoice.
    waitUntilSomeoneWaitsForALock();
    assertThat(add).isNotDone();
    release.countDown();
    assertThat(issue.get(10, TimeUnit.SECONDS)).isEqualTo(1);
    assertThatThrownBy(() -> add.get(10, TimeUnit.SECONDS))
        .rootCause()
        .hasMessageContaining("billing_invoice_immutable");
    assertThat(lines(draft.id())).isEqualTo(4);
    two.shutdown();
  }

  @Test
  void an_invoice_whose_lines_do_not_add_up_to_its_total_is_not_issued() {
    Invoice balanced = draft(asel);
    Invoice unbalanced = draft(bota);
    inTenant(
        t.tenantId(),
        () ->
            db.sql("UPDATE invoice SET subtotal = 1, total = 1 WHERE id = ?")
                .param(unbalanced.id())
                .update());
    refusedBySql(
        t,
        "billing_invoice_unbalanced",
        ISSUE + " WHERE id IN (?, ?)",
        balanced.id(),
        unbalanced.id());
    refusedBySql(t, "billing_invoice_unbalanced", ISSUE + " WHERE id = ?", unbalanced.id());
    assertThat(invoice(t, unbalanced.id()).status()).isEqualTo(InvoiceStatus.DRAFT);
    assertThat(invoice(t, balanced.id()).status()).isEqualTo(InvoiceStatus.DRAFT);
    // The balanced one alone is issued; paying it later moves its amounts, not its lines.
    int issued =
        inTenant(t.tenantId(), () -> db.sql(ISSUE + " WHERE id = ?").param(balanced.id()).update());
    assertThat(issued).isEqualTo(1);
    pay(t, balanced.id(), "96300");
    assertThat(invoice(t, balanced.id()).status()).isEqualTo(InvoiceStatus.PAID);
  }

  private void waitUntilSomeoneWaitsForALock() throws InterruptedException {
    Instant until = Instant.now().plus(Duration.ofSeconds(10));
    while (Instant.now().isBefore(until)) {
      long waiting =
          db.sql(
                  "SELECT count(*) FROM pg_stat_activity"
                      + " WHERE wait_event_type = 'Lock' AND datname = current_database()")
              .query(Long.class)
              .single();
      if (waiting > 0) return;
      Thread.sleep(20);
    }
    throw new AssertionError("the line did not wait for the invoice being issued");
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("not released");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
