package app.atrium.billing;

import static org.assertj.core.api.Assertions.assertThat;

import app.atrium.support.TestTenant;
import app.atrium.tenancy.TenantSettings;
import app.atrium.tenancy.Tenants;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/** Credit notes: the only correction of an issued invoice. */
class CreditNotesTest extends BillingTestSupport {

  @Autowired Tenants tenants;

  TestTenant t;
  UUID asel;

  @BeforeEach
  void coworking() {
    clock.setInstant(FEB_1);
    t = newTenant();
    asel = member(t, "Asel", "N");
  }

  @Test
  void a_credit_note_takes_part_of_a_line_off_and_is_numbered_in_its_own_series() throws Exception {
    Invoice inv = issueSeed(t, asel);
    Answer cn =
        call(
            HttpMethod.POST,
            "/api/v1/credit-notes",
            t.token(),
            map(
                "invoiceId",
                inv.id(),
                "reason",
                "Three coffees were not taken",
                "lines",
                List.of(map("invoiceLineNo", 4, "quantity", 3))));
    assertThat(cn.status()).as(cn.body().toString()).isEqualTo(201);
    assertThat(cn.body().get("number").asText()).isEqualTo("CN-2027-000001");
    assertThat(cn.body().get("total").decimalValue()).isEqualByComparingTo("900");
    assertThat(cn.body().get("invoiceNumber").asText()).isEqualTo(inv.number());
    Invoice after = invoice(t, inv.id());
    assertThat(after.creditedAmount()).isEqualByComparingTo("900");
    assertThat(after.amountDue()).isEqualByComparingTo("95400");
    assertThat(after.total()).isEqualByComparingTo("96300");

    // Five coffees are left to credit: six is too many, and nothing changes.
    Answer tooMany =
        call(
            HttpMethod.POST,
            "/api/v1/credit-notes",
            t.token(),
            map(
                "invoiceId",
                inv.id(),
                "reason",
                "x",
                "lines",
                List.of(map("invoiceLineNo", 4, "quantity", 6))));
    assertThat(tooMany.status()).isEqualTo(422);
    assertThat(tooMany.body().get("errors").get(0).get("field").asText())
        .isEqualTo("lines[0].amount");
    Answer noLine =
        call(
            HttpMethod.POST,
            "/api/v1/credit-notes",
            t.token(),
            map("invoiceId", inv.id(), "reason", "x", "lines", List.of(map("invoiceLineNo", 9))));
    assertThat(noLine.status()).isEqualTo(422);
    assertThat(
            call(HttpMethod.POST, "/api/v1/credit-notes", t.token(), map("invoiceId", inv.id()))
                .status())
        .isIn(400, 422);

    Answer rest =
        call(
            HttpMethod.POST,
            "/api/v1/credit-notes",
            t.token(),
            map("invoiceId", inv.id(), "reason", "Cancelled"));
    assertThat(rest.body().get("number").asText()).isEqualTo("CN-2027-000002");
    assertThat(rest.body().get("total").decimalValue()).isEqualByComparingTo("95400");
    assertThat(invoice(t, inv.id()).status()).isEqualTo(InvoiceStatus.VOID);
    Answer nothing =
        call(
            HttpMethod.POST,
            "/api/v1/credit-notes",
            t.token(),
            map("invoiceId", inv.id(), "reason", "again"));
    assertThat(nothing.status()).isEqualTo(409);
    assertThat(
            call(HttpMethod.GET, "/api/v1/credit-notes?invoiceId=" + inv.id(), t.token(), null)
                .body())
        .hasSize(2);
  }

  @Test
  void crediting_a_paid_invoice_turns_what_was_overpaid_into_credit() {
    Invoice inv = issueSeed(t, asel);
    pay(t, inv.id(), "96300");
    CreditNote cn =
        inTenant(
            t.tenantId(),
            () ->
                creditNotes.issue(
                    new CreditNoteRequest(
                        inv.id(),
                        "Coffee machine broken",
                        List.of(new CreditNoteRequest.Line(4, null, null)))));
    assertThat(cn.total()).isEqualByComparingTo("2400");
    Invoice after = invoice(t, inv.id());
    assertThat(after.status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(after.paidAmount()).isEqualByComparingTo("93900");
    assertThat(inTenant(t.tenantId(), () -> payments.creditBalance(Payer.member(asel))))
        .isEqualByComparingTo("2400");
    assertThat(issueOneOff(t, asel, "2400").status()).isEqualTo(InvoiceStatus.PAID);
  }

  @Test
  void with_tax_exclusive_prices_a_tax_line_is_added_and_credited_back_exactly() {
    inTenant(
        t.tenantId(),
        () -> {
          TenantSettings s = tenants.current();
          return tenants.update(
              new TenantSettings(
                  s.name(),
                  "Test LLP",
                  "990140000000",
                  s.currency(),
                  "EXCLUSIVE",
                  new BigDecimal("12"),
                  s.locale()));
        });
    Invoice inv =
        inTenant(
                t.tenantId(),
                () ->
                    invoicing.issue(
                        InvoiceDraft.oneOff(
                            Payer.member(asel),
                            FEBRUARY,
                            List.of(
                                DraftLine.priced(
                                    LineKind.ONE_OFF,
                                    "A",
                                    BigDecimal.ONE,
                                    "",
                                    new BigDecimal("33.35")),
                                DraftLine.priced(
                                    LineKind.ONE_OFF,
                                    "B",
                                    BigDecimal.ONE,
                                    "",
                                    new BigDecimal("33.35")),
                                DraftLine.priced(
                                    LineKind.ONE_OFF,
                                    "C",
                                    BigDecimal.ONE,
                                    "",
                                    new BigDecimal("33.35"))))))
            .invoice();
    assertThat(inv.lines()).hasSize(4);
    assertThat(inv.lines().get(3).kind()).isEqualTo(LineKind.TAX);
    assertThat(inv.taxTotal()).isEqualByComparingTo("12.01");
    assertThat(inv.total()).isEqualByComparingTo("112.06");
    BigDecimal credited = BigDecimal.ZERO;
    for (int line = 1; line <= 3; line++) {
      int no = line;
      credited =
          credited.add(
              inTenant(
                      t.tenantId(),
                      () ->
                          creditNotes.issue(
                              new CreditNoteRequest(
                                  inv.id(),
                                  "line " + no,
                                  List.of(new CreditNoteRequest.Line(no, null, null)))))
                  .total());
    }
    assertThat(credited).isEqualByComparingTo("112.06");
    assertThat(invoice(t, inv.id()).status()).isEqualTo(InvoiceStatus.VOID);
  }
}
