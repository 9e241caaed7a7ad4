package app.atrium.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atrium.platform.tenant.TenantContext;
import app.atrium.support.TestTenant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** What the database guarantees about invoices, whatever the code above it does. */
class InvoiceIntegrityTest extends BillingTestSupport {

  TestTenant t;
  UUID asel;

  @BeforeEach
  void coworking() {
    clock.setInstant(FEB_1);
    t = newTenant();
    asel = member(t, "Asel", "N");
  }

  private void refusedBySql(String sql, Object... params) {
    refusedBySql(t, "billing_", sql, params);
  }

  @Test
  void an_issued_invoice_and_its_lines_cannot_be_changed_or_deleted_even_by_sql() {
    Invoice inv = issueSeed(t, asel);
    refusedBySql("UPDATE invoice SET total = 1, subtotal = 1 WHERE id = ?", inv.id());
    refusedBySql("UPDATE invoice SET bill_to_name = 'Someone else' WHERE id = ?", inv.id());
    refusedBySql("UPDATE invoice SET paid_amount = total WHERE id = ?", inv.id());
    refusedBySql("UPDATE invoice SET status = 'DRAFT' WHERE id = ?", inv.id());
    refusedBySql("DELETE FROM invoice WHERE id = ?", inv.id());
    refusedBySql("UPDATE invoice_line SET amount = 1 WHERE invoice_id = ?", inv.id());
    refusedBySql("DELETE FROM invoice_line WHERE invoice_id = ?", inv.id());
    refusedBySql(
        "INSERT INTO invoice_line (tenant_id, invoice_id, line_no, kind, description, quantity,"
            + " unit_price, amount) VALUES (atrium_current_tenant(), ?, 9, 'ONE_OFF', 'x', 1, 1, 1)",
        inv.id());
    refusedBySql("UPDATE invoice SET status = 'PAID' WHERE id = ?", inv.id());
    Invoice after = invoice(t, inv.id());
    assertThat(after.status()).isEqualTo(InvoiceStatus.ISSUED);
    assertThat(after.total()).isEqualByComparingTo("96300");
    assertThat(after.lines()).hasSize(4);
  }

  @Test
  void numbers_are_not_edited_and_counters_only_move_forward() {
    issueSeed(t, asel);
    refusedBySql("UPDATE invoice SET number = 'INV-2027-000099' WHERE number = 'INV-2027-000001'");
    refusedBySql("UPDATE billing_counter SET last_value = last_value - 1");
    refusedBySql("DELETE FROM billing_counter");
  }

  @Test
  void a_draft_stays_changeable_and_gets_its_number_only_when_issued() {
    Payer payer = Payer.member(asel);
    Invoice draft =
        inTenant(
            t.tenantId(),
            () ->
                invoicing.saveDraft(
                    InvoiceDraft.regular(payer, FEBRUARY, seedLines().subList(0, 1))));
    assertThat(draft.status()).isEqualTo(InvoiceStatus.DRAFT);
    assertThat(draft.number()).isNull();
    Invoice again =
        inTenant(
            t.tenantId(),
            () -> invoicing.saveDraft(InvoiceDraft.regular(payer, FEBRUARY, seedLines())));
    assertThat(again.id()).isEqualTo(draft.id());
    assertThat(again.total()).isEqualByComparingTo("96300");
    Issued issued =
        inTenant(
            t.tenantId(),
            () -> invoicing.issue(InvoiceDraft.regular(payer, FEBRUARY, seedLines())));
    assertThat(issued.created()).isTrue();
    assertThat(issued.invoice().id()).isEqualTo(draft.id());
    assertThat(issued.invoice().number()).isEqualTo("INV-2027-000001");
    assertThatThrownBy(
            () ->
                inTenant(
                    t.tenantId(),
                    () -> invoicing.saveDraft(InvoiceDraft.regular(payer, FEBRUARY, seedLines()))))
        .hasMessageContaining("issued already");
    assertThatThrownBy(
            () ->
                inTenant(
                    t.tenantId(),
                    () -> {
                      invoicing.discardDraft(draft.id());
                      return null;
                    }))
        .hasMessageContaining("credit note");
  }

  @Test
  void issuing_a_regular_invoice_again_answers_the_first_and_takes_no_number() {
    Invoice first = issueSeed(t, asel);
    Issued again =
        inTenant(
            t.tenantId(),
            () ->
                invoicing.issue(
                    InvoiceDraft.regular(Payer.member(asel), FEBRUARY, seedLines().subList(0, 2))));
    assertThat(again.created()).isFalse();
    assertThat(again.invoice().id()).isEqualTo(first.id());
    assertThat(again.invoice().total()).isEqualByComparingTo("96300");
    assertThat(issueOneOff(t, asel, "100").number()).isEqualTo("INV-2027-000002");
    // Another period is another invoice.
    Invoice march =
        inTenant(
                t.tenantId(),
                () ->
                    invoicing.issue(
                        InvoiceDraft.regular(
                            Payer.member(asel), FEBRUARY.plusMonths(1), seedLines())))
            .invoice();
    assertThat(march.number()).isEqualTo("INV-2027-000003");
  }

  @Test
  void concurrent_issuers_number_without_gaps_and_issue_each_regular_invoice_once()
      throws Exception {
    List<UUID> people = new ArrayList<>();
    for (int i = 0; i < 12; i++) people.add(member(t, "M" + i, "X"));
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    Set<UUID> created = ConcurrentHashMap.newKeySet();
    List<Future<Integer>> results = new ArrayList<>();
    for (int n = 0; n < threads; n++) {
      List<UUID> order = new ArrayList<>(people);
      Collections.shuffle(order);
      results.add(
          pool.submit(
              () -> {
                start.await();
                int mine = 0;
                for (UUID m : order) {
                  Issued r =
                      TenantContext.callAs(
                          t.tenantId(),
                          () ->
                              tx.execute(
                                  s ->
                                      invoicing.issue(
                                          InvoiceDraft.regular(
                                              Payer.member(m), FEBRUARY, seedLines()))));
                  if (r.created()) {
                    created.add(r.invoice().id());
                    mine++;
                  }
                  Issued oneOff =
                      TenantContext.callAs(
                          t.tenantId(),
                          () ->
                              tx.execute(
                                  s ->
                                      invoicing.issue(
                                          InvoiceDraft.oneOff(
                                              Payer.member(m),
                                              FEBRUARY,
                                              List.of(
                                                  DraftLine.priced(
                                                      LineKind.ONE_OFF,
                                                      "Extra",
                                                      BigDecimal.ONE,
                                                      "",
                                                      BigDecimal.TEN))))));
                  created.add(oneOff.invoice().id());
                }
                return mine;
              }));
    }
    start.countDown();
    int regularCreated = 0;
    for (Future<Integer> f : results) regularCreated += f.get(120, TimeUnit.SECONDS);
    pool.shutdown();
    assertThat(regularCreated).isEqualTo(people.size());
    List<Integer> seqs =
        inTenant(
            t.tenantId(),
            () ->
                db.sql("SELECT number_seq FROM invoice ORDER BY number_seq")
                    .query(Integer.class)
                    .list());
    int expected = people.size() + people.size() * threads;
    assertThat(seqs).hasSize(expected);
    for (int i = 0; i < expected; i++) assertThat(seqs.get(i)).isEqualTo(i + 1);
    long regular =
        inTenant(
            t.tenantId(),
            () ->
                db.sql("SELECT count(DISTINCT member_id) FROM invoice WHERE kind = 'REGULAR'")
                    .query(Long.class)
                    .single());
    assertThat(regular).isEqualTo(people.size());
    assertThat(created).hasSize(expected);
  }

  @Test
  void issuing_many_at_once_numbers_them_in_one_block() {
    List<InvoiceDraft> drafts = new ArrayList<>();
    for (int i = 0; i < 5; i++)
      drafts.add(
          InvoiceDraft.regular(Payer.member(member(t, "B" + i, "Y")), FEBRUARY, seedLines()));
    List<Issued> issued = inTenant(t.tenantId(), () -> invoicing.issueAll(drafts));
    assertThat(issued).allMatch(Issued::created);
    assertThat(issued.stream().map(i -> i.invoice().number()).sorted().toList())
        .containsExactly(
            "INV-2027-000001",
            "INV-2027-000002",
            "INV-2027-000003",
            "INV-2027-000004",
            "INV-2027-000005");
    List<Issued> rerun = inTenant(t.tenantId(), () -> invoicing.issueAll(drafts));
    assertThat(rerun).noneMatch(Issued::created);
    assertThat(rerun.stream().map(i -> i.invoice().id()).toList())
        .isEqualTo(issued.stream().map(i -> i.invoice().id()).toList());
  }

  @Test
  void a_locked_month_refuses_invoices_payments_and_credit_notes_dated_in_it() throws Exception {
    Invoice inv = issueSeed(t, asel);
    Answer current =
        call(HttpMethod.POST, "/api/v1/accounting-periods/2027-02/lock", t.token(), null);
    assertThat(current.status()).isEqualTo(422);
    Answer locked =
        call(HttpMethod.POST, "/api/v1/accounting-periods/2027-01/lock", t.token(), null);
    assertThat(locked.status()).as(locked.body().toString()).isEqualTo(200);
    assertThat(locked.body().get("period").asText()).isEqualTo("2027-01");
    assertThat(
            call(HttpMethod.POST, "/api/v1/accounting-periods/2027-01/lock", t.token(), null)
                .status())
        .isEqualTo(200);

    Answer backdated =
        call(
            HttpMethod.POST,
            "/api/v1/payments",
            t.token(),
            map(
                "invoiceId",
                inv.id(),
                "amount",
                1000,
                "method",
                "CASH",
                "receivedOn",
                "2027-01-31"));
    assertThat(backdated.status()).isEqualTo(409);
    assertThat(backdated.body().get("type").asText()).endsWith("/period-locked");
    // The database says no even when the application is bypassed.
    refusedBySql(
        "INSERT INTO payment (tenant_id, id, member_id, provider, method, amount, currency, received_on,"
            + " received_at) VALUES (atrium_current_tenant(), gen_random_uuid(), ?, 'MANUAL', 'CASH', 5,"
            + " 'KZT', '2027-01-15', now())",
        asel);
    refusedBySql("DELETE FROM billing_period_lock");

    // With the clock back in January, nothing can be issued or credited there any more.
    clock.setInstant(FEB_1.minus(java.time.Duration.ofDays(1)));
    Answer issue =
        call(
            HttpMethod.POST,
            "/api/v1/invoices",
            t.token(),
            map(
                "memberId",
                asel,
                "lines",
                List.of(
                    map("kind", "ONE_OFF", "description", "x", "quantity", 1, "unitPrice", 5))));
    assertThat(issue.status()).isEqualTo(409);
    Answer credit =
        call(
            HttpMethod.POST,
            "/api/v1/credit-notes",
            t.token(),
            map("invoiceId", inv.id(), "reason", "oops"));
    assertThat(credit.status()).isEqualTo(409);
    Invoice draft =
        inTenant(
            t.tenantId(),
            () ->
                invoicing.saveDraft(
                    InvoiceDraft.regular(Payer.member(asel), YearMonth.of(2027, 1), seedLines())));
    refusedBySql(
        "UPDATE invoice SET status = 'ISSUED', number = 'X-1', number_year = 2027, number_seq = 999,"
            + " issue_date = '2027-01-20', due_date = '2027-01-30', issued_at = now() WHERE id = ?",
        draft.id());
    clock.setInstant(FEB_1);
    assertThat(pay(t, inv.id(), "1000").receivedOn()).isEqualTo(LocalDate.of(2027, 2, 1));
    assertThat(call(HttpMethod.GET, "/api/v1/accounting-periods", t.token(), null).body())
        .hasSize(1);
  }
}
