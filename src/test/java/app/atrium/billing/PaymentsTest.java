package app.atrium.billing;

import static org.assertj.core.api.Assertions.assertThat;

import app.atrium.support.TestTenant;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** Partial payments, overpayments kept as credit, credit applied to the next invoice, refunds. */
class PaymentsTest extends BillingTestSupport {

  TestTenant t;
  UUID asel;

  @BeforeEach
  void coworking() {
    clock.setInstant(FEB_1);
    t = newTenant();
    asel = member(t, "Asel", "N");
  }

  private BigDecimal credit() {
    return inTenant(t.tenantId(), () -> payments.creditBalance(Payer.member(asel)));
  }

  @Test
  void a_partial_payment_leaves_the_rest_due_and_the_rest_pays_it() throws Exception {
    Invoice inv = issueSeed(t, asel);
    Answer first =
        call(
            HttpMethod.POST,
            "/api/v1/payments",
            t.token(),
            map(
                "invoiceId",
                inv.id(),
                "amount",
                50000,
                "method",
                "BANK_TRANSFER",
                "reference",
                "п/п 17"));
    assertThat(first.status()).as(first.body().toString()).isEqualTo(201);
    assertThat(first.body().get("provider").asText()).isEqualTo("MANUAL");
    assertThat(first.body().get("allocations").get(0).get("invoiceNumber").asText())
        .isEqualTo(inv.number());
    Invoice half = invoice(t, inv.id());
    assertThat(half.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
    assertThat(half.amountDue()).isEqualByComparingTo("46300");
    pay(t, inv.id(), "46300");
    Invoice paid = invoice(t, inv.id());
    assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(paid.amountDue()).isZero();
    assertThat(credit()).isZero();
    Answer list = call(HttpMethod.GET, "/api/v1/payments?invoiceId=" + inv.id(), t.token(), null);
    assertThat(list.body()).hasSize(2);
  }

  @Test
  void an_overpayment_is_kept_as_credit_and_pays_the_next_invoice() throws Exception {
    Invoice feb = issueSeed(t, asel);
    Payment p = pay(t, feb.id(), "100000");
    assertThat(p.credit()).isEqualByComparingTo("3700");
    assertThat(invoice(t, feb.id()).status()).isEqualTo(InvoiceStatus.PAID);
    Answer balance =
        call(HttpMethod.GET, "/api/v1/payments/credit-balance?memberId=" + asel, t.token(), null);
    assertThat(balance.body().get("balance").decimalValue()).isEqualByComparingTo("3700");

    Invoice next = issueOneOff(t, asel, "5000");
    assertThat(next.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
    assertThat(next.paidAmount()).isEqualByComparingTo("3700");
    assertThat(next.amountDue()).isEqualByComparingTo("1300");
    assertThat(credit()).isZero();
    Invoice third = issueOneOff(t, asel, "700");
    assertThat(third.status()).isEqualTo(InvoiceStatus.ISSUED);
  }

  @Test
  void money_without_an_invoice_pays_the_oldest_open_invoices_first() {
    Invoice older = issueOneOff(t, asel, "3000");
    Invoice newer = issueOneOff(t, asel, "4000");
    Payment p =
        inTenant(
            t.tenantId(),
            () ->
                payments.record(
                    new ManualPayment(
                        null,
                        asel,
                        null,
                        new BigDecimal("5000"),
                        PaymentMethodKind.CASH,
                        null,
                        "",
                        "reception")));
    assertThat(p.allocations()).hasSize(2);
    assertThat(invoice(t, older.id()).status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(invoice(t, newer.id()).amountDue()).isEqualByComparingTo("2000");
    assertThat(p.credit()).isZero();
  }

  @Test
  void a_refund_comes_out_of_credit_first_then_reopens_the_invoice() throws Exception {
    Invoice inv = issueSeed(t, asel);
    Payment p = pay(t, inv.id(), "100000");
    Answer refund =
        call(
            HttpMethod.POST,
            "/api/v1/payments/" + p.id() + "/refunds",
            t.token(),
            map("amount", 5000, "reason", "Left early"));
    assertThat(refund.status()).as(refund.body().toString()).isEqualTo(200);
    JsonNode body = refund.body();
    assertThat(body.get("refunded").decimalValue()).isEqualByComparingTo("5000");
    assertThat(body.get("credit").decimalValue()).isZero();
    Invoice after = invoice(t, inv.id());
    assertThat(after.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
    assertThat(after.amountDue()).isEqualByComparingTo("1300");

    Answer tooMuch =
        call(
            HttpMethod.POST,
            "/api/v1/payments/" + p.id() + "/refunds",
            t.token(),
            map("amount", 95001, "reason", "x"));
    assertThat(tooMuch.status()).isEqualTo(422);
    assertThat(invoice(t, inv.id()).amountDue()).isEqualByComparingTo("1300");
    Answer noReason =
        call(
            HttpMethod.POST,
            "/api/v1/payments/" + p.id() + "/refunds",
            t.token(),
            map("amount", 1));
    assertThat(noReason.status()).isIn(400, 422);
  }

  @Test
  void bad_payments_are_refused_and_record_nothing() throws Exception {
    Invoice inv = issueSeed(t, asel);
    assertThat(
            call(
                    HttpMethod.POST,
                    "/api/v1/payments",
                    t.token(),
                    map("invoiceId", inv.id(), "amount", 0, "method", "CASH"))
                .status())
        .isIn(400, 422);
    assertThat(
            call(
                    HttpMethod.POST,
                    "/api/v1/payments",
                    t.token(),
                    map("invoiceId", inv.id(), "amount", 10.001, "method", "CASH"))
                .status())
        .isIn(400, 422);
    assertThat(
            call(
                    HttpMethod.POST,
                    "/api/v1/payments",
                    t.token(),
                    map("invoiceId", inv.id(), "amount", 10, "method", "CARD"))
                .status())
        .isEqualTo(422);
    assertThat(
            call(
                    HttpMethod.POST,
                    "/api/v1/payments",
                    t.token(),
                    map("amount", 10, "method", "CASH"))
                .status())
        .isEqualTo(422);
    assertThat(
            call(
                    HttpMethod.POST,
                    "/api/v1/payments",
                    t.token(),
                    map("invoiceId", UUID.randomUUID(), "amount", 10, "method", "CASH"))
                .status())
        .isEqualTo(404);
    assertThat(
            call(
                    HttpMethod.POST,
                    "/api/v1/payments",
                    t.token(),
                    map(
                        "invoiceId",
                        inv.id(),
                        "amount",
                        10,
                        "method",
                        "CASH",
                        "receivedOn",
                        "2027-03-01"))
                .status())
        .isEqualTo(422);
    long n =
        inTenant(
            t.tenantId(), () -> db.sql("SELECT count(*) FROM payment").query(Long.class).single());
    assertThat(n).isZero();
  }

  @Test
  void payments_and_their_allocations_are_never_edited() {
    Invoice inv = issueSeed(t, asel);
    Payment p = pay(t, inv.id(), "1000");
    for (String sql :
        new String[] {
          "UPDATE payment SET amount = 1 WHERE id = ?",
          "DELETE FROM payment WHERE id = ?",
          "UPDATE payment_allocation SET amount = 1 WHERE payment_id = ?",
          "DELETE FROM payment_allocation WHERE payment_id = ?"
        }) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> inTenant(t.tenantId(), () -> db.sql(sql).param(p.id()).update()))
          .rootCause()
          .hasMessageContaining("billing_immutable");
    }
    // Allocating more than the payment, straight in SQL, fails at commit.
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                inTenant(
                    t.tenantId(),
                    () ->
                        db.sql(
                                "INSERT INTO payment_allocation (tenant_id, id, payment_id, invoice_id, amount,"
                                    + " reason, applied_on, created_at) VALUES (atrium_current_tenant(),"
                                    + " gen_random_uuid(), ?, ?, 500, 'PAYMENT', '2027-02-01', now())")
                            .params(p.id(), inv.id())
                            .update()))
        .rootCause()
        .hasMessageContaining("billing_payment_unbalanced");
    assertThat(invoice(t, inv.id()).paidAmount()).isEqualByComparingTo("1000");
  }
}
