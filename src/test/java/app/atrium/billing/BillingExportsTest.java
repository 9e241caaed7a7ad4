package app.atrium.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.atrium.members.CompanyDraft;
import app.atrium.platform.security.AtriumUser;
import app.atrium.platform.security.Role;
import app.atrium.support.TestTenant;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** The accounting exports: what they hold for a range of months, how it is written, who gets it. */
class BillingExportsTest extends BillingTestSupport {

  TestTenant t;
  UUID asel;
  UUID acme;
  Invoice january;
  Invoice february;
  Invoice office;

  @BeforeEach
  void books() {
    clock.setInstant(Instant.parse("2027-01-20T05:00:00Z"));
    t = newTenant();
    asel = member(t, "Asel", "Nurlanova");
    acme =
        inTenant(
            t.tenantId(),
            () ->
                companies
                    .create(
                        new CompanyDraft(
                            "Acme, \"the\" company",
                            "Acme LLP",
                            "990011223344",
                            null,
                            null,
                            "Abay 10\nAlmaty",
                            null))
                    .id());
    january = issueOneOff(t, asel, "2400");
    clock.setInstant(FEB_1);
    february = issueSeed(t, asel);
    office =
        inTenant(
                t.tenantId(),
                () ->
                    invoicing.issue(
                        InvoiceDraft.oneOff(
                            Payer.company(acme),
                            FEBRUARY,
                            List.of(
                                DraftLine.priced(
                                    LineKind.ONE_OFF,
                                    "Office",
                                    BigDecimal.ONE,
                                    "",
                                    new BigDecimal("250000.50"))))))
            .invoice();
    Payment p = pay(t, february.id(), "96300");
    inTenant(
        t.tenantId(),
        () -> payments.refund(p.id(), new RefundRequest(new BigDecimal("1000"), "Coffee, again")));
    inTenant(
        t.tenantId(),
        () ->
            creditNotes.issue(
                new CreditNoteRequest(
                    office.id(),
                    "Move-in day free",
                    List.of(new CreditNoteRequest.Line(1, new BigDecimal("8000"), null)))));
  }

  private MockHttpServletResponse export(String path, String token) throws Exception {
    return mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
        .andReturn()
        .getResponse();
  }

  private static List<List<String>> rows(MockHttpServletResponse r) {
    byte[] b = r.getContentAsByteArray();
    assertThat(b).startsWith(0xEF, 0xBB, 0xBF);
    return parse(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), ',');
  }

  @Test
  void invoices_of_the_chosen_months_come_out_by_issue_date_quoted_and_with_a_decimal_point()
      throws Exception {
    var r = export("/api/v1/exports/invoices.csv?from=2027-02&to=2027-02", t.token());
    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(r.getContentType()).isEqualTo("text/csv;charset=UTF-8");
    assertThat(r.getHeader(HttpHeaders.CONTENT_DISPOSITION))
        .startsWith("attachment; filename=\"invoices-2027-02.csv\"");
    String raw = r.getContentAsString(StandardCharsets.UTF_8);
    assertThat(raw).contains("\r\n").doesNotContain("KZT\u00a0");
    List<List<String>> rows = rows(r);
    assertThat(rows.getFirst())
        .startsWith("number", "issue_date", "due_date", "period", "kind", "status", "payer_type")
        .endsWith("total", "paid", "credited", "amount_due");
    assertThat(rows).hasSize(3);
    List<String> seed = rows.get(1);
    assertThat(seed)
        .containsExactly(
            february.number(),
            "2027-02-01",
            "2027-02-11",
            "2027-02",
            "REGULAR",
            "PARTIALLY_PAID",
            "MEMBER",
            asel.toString(),
            "Asel Nurlanova",
            "",
            february.billToEmail(),
            "KZT",
            "96300.00",
            "0.00",
            "96300.00",
            "95300.00",
            "0.00",
            "1000.00");
    List<String> company = rows.get(2);
    assertThat(company.get(0)).isEqualTo(office.number());
    assertThat(company.get(6)).isEqualTo("COMPANY");
    assertThat(company.get(8)).isEqualTo("Acme, \"the\" company");
    assertThat(company.get(9)).contains("BIN 990011223344").contains("Abay 10\nAlmaty");
    assertThat(company.subList(12, 18))
        .containsExactly("250000.50", "0.00", "250000.50", "0.00", "8000.00", "242000.50");
    // The raw text quotes the comma, the quotes and the line break as RFC 4180 says.
    assertThat(raw).contains(",\"Acme, \"\"the\"\" company\",");

    var both = rows(export("/api/v1/exports/invoices.csv?from=2027-01&to=2027-02", t.token()));
    assertThat(both).hasSize(4);
    assertThat(both.get(1).getFirst()).isEqualTo(january.number());
    assertThat(rows(export("/api/v1/exports/invoices.csv?from=2027-03", t.token()))).hasSize(1);
  }

  @Test
  void payments_and_credit_notes_of_the_month_with_refunds_and_the_invoices_they_concern()
      throws Exception {
    List<List<String>> payments =
        rows(export("/api/v1/exports/payments.csv?from=2027-02", t.token()));
    assertThat(payments).hasSize(2);
    assertThat(payments.getFirst())
        .containsExactly(
            "received_on",
            "payment_id",
            "payer_type",
            "payer_id",
            "payer_name",
            "provider",
            "method",
            "amount",
            "refunded",
            "currency",
            "invoices",
            "reference",
            "provider_ref",
            "note");
    List<String> p = payments.get(1);
    assertThat(p.get(0)).isEqualTo("2027-02-01");
    assertThat(p.subList(2, 11))
        .containsExactly(
            "MEMBER",
            asel.toString(),
            "Asel Nurlanova",
            "MANUAL",
            "BANK_TRANSFER",
            "96300.00",
            "1000.00",
            "KZT",
            february.number());
    assertThat(p.get(11)).isEqualTo("bank ref");

    List<List<String>> notes =
        rows(export("/api/v1/exports/credit-notes.csv?from=2027-02&to=2027-02", t.token()));
    assertThat(notes).hasSize(2);
    assertThat(notes.get(1).subList(1, 11))
        .containsExactly(
            "2027-02-01",
            office.number(),
            "COMPANY",
            acme.toString(),
            "Acme, \"the\" company",
            "Move-in day free",
            "8000.00",
            "0.00",
            "8000.00",
            "KZT");
    assertThat(notes.get(1).getFirst()).startsWith("CN-2027-");
    assertThat(rows(export("/api/v1/exports/payments.csv?from=2027-01", t.token()))).hasSize(1);

    var semicolon =
        export("/api/v1/exports/credit-notes.csv?from=2027-02&separator=semicolon", t.token());
    String text = semicolon.getContentAsString(StandardCharsets.UTF_8);
    assertThat(parse(text.substring(1), ';').get(1).get(5)).isEqualTo("Acme, \"the\" company");
  }

  @Test
  void an_accountant_exports_a_member_may_not_and_bad_ranges_are_refused() throws Exception {
    String accountant = addUser(t, Role.ACCOUNTANT, "Aigerim Accountant");
    String accountantToken = token(accountant, t.password(), t.slug());
    assertThat(export("/api/v1/exports/invoices.csv?from=2027-02", accountantToken).getStatus())
        .isEqualTo(200);
    PortalMember dana = portalMember(t, "Dana", "K");
    var refused = export("/api/v1/exports/invoices.csv?from=2027-02", dana.token());
    assertThat(refused.getStatus()).isEqualTo(403);
    assertThat(refused.getContentAsString()).doesNotContain(february.number());

    for (String bad :
        List.of(
            "",
            "?from=2027-03&to=2027-02",
            "?from=2020-01&to=2027-02",
            "?from=2027-02&separator=tab")) {
      var r = export("/api/v1/exports/payments.csv" + bad, t.token());
      assertThat(r.getStatus()).as(bad).isEqualTo(422);
      assertThat(r.getContentType()).startsWith("application/problem+json");
    }
    assertThat(export("/api/v1/exports/payments.csv?from=February", t.token()).getStatus())
        .isEqualTo(400);

    // Another coworking's export holds none of these.
    TestTenant other = newTenant();
    assertThat(rows(export("/api/v1/exports/invoices.csv?from=2027-02", other.token()))).hasSize(1);
  }

  @Test
  void the_staff_page_links_download_the_same_files() throws Exception {
    var u =
        new AtriumUser(
            UUID.randomUUID(),
            "acc@x",
            "Acc",
            t.tenantId(),
            t.slug(),
            "Test",
            "en",
            Role.ACCOUNTANT);
    var auth = authentication(new UsernamePasswordAuthenticationToken(u, null, u.authorities()));
    var page =
        mvc.perform(get("/staff/exports/invoices.csv?from=2027-02&to=2027-02").with(auth))
            .andReturn()
            .getResponse();
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentAsByteArray())
        .isEqualTo(
            export("/api/v1/exports/invoices.csv?from=2027-02&to=2027-02", t.token())
                .getContentAsByteArray());
    assertThat(
            mvc.perform(get("/staff/exports/secrets.csv?from=2027-02").with(auth))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }

  /** A small RFC 4180 reader, to prove the files read back as written. */
  static List<List<String>> parse(String text, char sep) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == sep) {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    assertThat(field).as("the file ends with CRLF").isEmpty();
    return rows;
  }
}
