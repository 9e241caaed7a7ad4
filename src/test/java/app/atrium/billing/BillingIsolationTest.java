package app.atrium.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atrium.support.TestTenant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** One coworking's invoices, payments and credit notes are invisible and untouchable to another. */
class BillingIsolationTest extends BillingTestSupport {

  static final List<String> TABLES =
      List.of(
          "billing_profile",
          "billing_period_lock",
          "billing_counter",
          "invoice",
          "invoice_line",
          "credit_note",
          "credit_note_line",
          "payment",
          "payment_allocation",
          "refund",
          "payment_attempt",
          "payment_method",
          "payment_customer",
          "payment_webhook_event");

  @Test
  void another_coworking_sees_none_of_the_billing_rows_and_cannot_act_on_them() throws Exception {
    clock.setInstant(FEB_1);
    TestTenant a = newTenant();
    TestTenant b = newTenant();
    UUID asel = member(a, "Asel", "N");
    Invoice inv = issueSeed(a, asel);
    Payment p = pay(a, inv.id(), "100000");
    CreditNote cn =
        inTenant(
            a.tenantId(),
            () ->
                creditNotes.issue(
                    new CreditNoteRequest(
                        inv.id(), "x", List.of(new CreditNoteRequest.Line(4, null, null)))));
    inTenant(a.tenantId(), () -> periods.lock(FEBRUARY.minusMonths(1)));

    for (String table : TABLES) {
      long mine =
          inTenant(
              a.tenantId(),
              () -> db.sql("SELECT count(*) FROM " + table).query(Long.class).single());
      long theirs =
          inTenant(
              b.tenantId(),
              () ->
                  db.sql("SELECT count(*) FROM " + table + " WHERE tenant_id = ?")
                      .param(a.tenantId())
                      .query(Long.class)
                      .single());
      assertThat(theirs).as(table).isZero();
      if (!table.startsWith("payment_attempt")
          && !table.startsWith("payment_method")
          && !table.startsWith("payment_customer")
          && !table.equals("payment_webhook_event")
          && !table.equals("refund")) {
        assertThat(mine).as(table + " of its own tenant").isPositive();
      }
    }
    assertThatThrownBy(
            () ->
                inTenant(
                    b.tenantId(),
                    () ->
                        db.sql(
                                "INSERT INTO billing_period_lock (tenant_id, period, locked_at) VALUES (?, '2027-03-01', now())")
                            .param(a.tenantId())
                            .update()))
        .rootCause()
        .hasMessageContaining("row-level security");

    assertThat(call(HttpMethod.GET, "/api/v1/invoices/" + inv.id(), b.token(), null).status())
        .isEqualTo(404);
    assertThat(
            call(HttpMethod.GET, "/api/v1/invoices/" + inv.id() + "/pdf", b.token(), null).status())
        .isEqualTo(404);
    assertThat(
            call(HttpMethod.GET, "/api/v1/invoices", b.token(), null).body().get("total").asLong())
        .isZero();
    assertThat(call(HttpMethod.GET, "/api/v1/payments/" + p.id(), b.token(), null).status())
        .isEqualTo(404);
    assertThat(call(HttpMethod.GET, "/api/v1/payments", b.token(), null).body()).isEmpty();
    assertThat(call(HttpMethod.GET, "/api/v1/credit-notes/" + cn.id(), b.token(), null).status())
        .isEqualTo(404);
    assertThat(call(HttpMethod.GET, "/api/v1/accounting-periods", b.token(), null).body())
        .isEmpty();
    assertThat(
            call(
                    HttpMethod.POST,
                    "/api/v1/payments",
                    b.token(),
                    map("invoiceId", inv.id(), "amount", 10, "method", "CASH"))
                .status())
        .isEqualTo(404);
    assertThat(
            call(
                    HttpMethod.POST,
                    "/api/v1/payments/" + p.id() + "/refunds",
                    b.token(),
                    map("amount", 10, "reason", "x"))
                .status())
        .isEqualTo(404);
    assertThat(
            call(
                    HttpMethod.POST,
                    "/api/v1/credit-notes",
                    b.token(),
                    map("invoiceId", inv.id(), "reason", "x"))
                .status())
        .isEqualTo(422);
    assertThat(
            call(HttpMethod.POST, "/api/v1/invoices/" + inv.id() + "/checkout", b.token(), null)
                .status())
        .isEqualTo(404);
    assertThat(
            call(
                    HttpMethod.POST,
                    "/api/v1/invoices",
                    b.token(),
                    map(
                        "memberId",
                        asel,
                        "lines",
                        List.of(
                            map(
                                "kind",
                                "ONE_OFF",
                                "description",
                                "x",
                                "quantity",
                                1,
                                "unitPrice",
                                1))))
                .status())
        .isEqualTo(422);

    // The numbering of one coworking does not move the other's.
    UUID bob = member(b, "Bob", "S");
    assertThat(issueOneOff(b, bob, "100").number()).isEqualTo("INV-2027-000001");
    Invoice untouched = invoice(a, inv.id());
    assertThat(untouched.paidAmount()).isEqualByComparingTo("93900");
    assertThat(untouched.creditedAmount()).isEqualByComparingTo("2400");
  }
}
