package app.atrium.billing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import app.atrium.members.Companies;
import app.atrium.members.CompanyDraft;
import app.atrium.members.MemberDraft;
import app.atrium.members.Members;
import app.atrium.platform.security.Role;
import app.atrium.support.IntegrationTest;
import app.atrium.support.TestTenant;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Shared helpers of the billing module's integration tests. */
abstract class BillingTestSupport extends IntegrationTest {

  /** 10:00 on 1 February 2027 in Almaty: the invoice run's morning. */
  static final Instant FEB_1 = Instant.parse("2027-02-01T04:00:00Z");

  static final YearMonth FEBRUARY = YearMonth.of(2027, 2);

  @Autowired protected Members members;
  @Autowired protected Companies companies;
  @Autowired protected Invoicing invoicing;
  @Autowired protected Payments payments;
  @Autowired protected CreditNotes creditNotes;
  @Autowired protected AccountingPeriods periods;

  record Answer(int status, JsonNode body) {}

  protected Answer call(HttpMethod method, String path, String token, Object body)
      throws Exception {
    var req = request(method, path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    if (body != null) {
      req.contentType(MediaType.APPLICATION_JSON)
          .content(body instanceof String s ? s : json.writeValueAsString(body));
    }
    var r = mvc.perform(req).andReturn().getResponse();
    String text = r.getContentAsString();
    return new Answer(r.getStatus(), text.isBlank() ? json.nullNode() : json.readTree(text));
  }

  /** Runs {@code sql} as {@code t} and expects the database to refuse it with {@code error}. */
  protected void refusedBySql(TestTenant t, String error, String sql, Object... params) {
    assertThatThrownBy(() -> inTenant(t.tenantId(), () -> db.sql(sql).params(params).update()))
        .as(sql)
        .rootCause()
        .hasMessageContaining(error);
  }

  protected UUID member(TestTenant t, String first, String last) {
    return inTenant(
        t.tenantId(),
        () ->
            members
                .create(
                    new MemberDraft(
                        first,
                        last,
                        first.toLowerCase()
                            + "."
                            + UUID.randomUUID().toString().substring(0, 6)
                            + "@test.atrium",
                        null,
                        null,
                        false,
                        List.of()))
                .id());
  }

  protected UUID company(TestTenant t, String name) {
    return inTenant(
        t.tenantId(),
        () ->
            companies
                .create(
                    new CompanyDraft(
                        name, name + " LLP", "123456789012", null, null, "Almaty", null))
                .id());
  }

  /** A member with a portal login; answers her id and her API token. */
  protected record PortalMember(UUID id, UUID accountId, String email, String token) {}

  protected PortalMember portalMember(TestTenant t, String first, String last) {
    UUID id = member(t, first, last);
    String email = addUser(t, Role.MEMBER, first + " " + last);
    UUID account =
        inTenant(
            t.tenantId(),
            () -> {
              UUID a =
                  db.sql("SELECT id FROM account WHERE email = ?")
                      .param(email)
                      .query(UUID.class)
                      .single();
              members.linkAccount(id, a);
              return a;
            });
    return new PortalMember(id, account, email, token(email, t.password(), t.slug()));
  }

  /** The seed's Resident invoice of 1 February (PRODUCT.md), in Russian, for one member. */
  protected static List<DraftLine> seedLines() {
    return List.of(
        DraftLine.priced(
                LineKind.MEMBERSHIP,
                "Членство «Резидент» — февраль",
                BigDecimal.ONE,
                "мес.",
                new BigDecimal("85000"))
            .forPeriod(FEBRUARY),
        DraftLine.priced(
                LineKind.ROOM_OVERAGE,
                "Переговорная сверх включённых часов",
                new BigDecimal("2"),
                "ч",
                new BigDecimal("4000"))
            .forPeriod(FEBRUARY.minusMonths(1)),
        DraftLine.priced(
                LineKind.DEVICE,
                "Печать сверх включённых страниц",
                new BigDecimal("45"),
                "стр.",
                new BigDecimal("20"))
            .forPeriod(FEBRUARY.minusMonths(1)),
        DraftLine.priced(
                LineKind.SERVICE,
                "Премиальный кофе",
                new BigDecimal("8"),
                "шт.",
                new BigDecimal("300"))
            .forPeriod(FEBRUARY.minusMonths(1)));
  }

  /** Issues the seed invoice to {@code memberId} in {@code t}. */
  protected Invoice issueSeed(TestTenant t, UUID memberId) {
    return inTenant(
            t.tenantId(),
            () ->
                invoicing.issue(
                    InvoiceDraft.regular(Payer.member(memberId), FEBRUARY, seedLines())))
        .invoice();
  }

  /** A one-off invoice of one line of {@code amount}. */
  protected Invoice issueOneOff(TestTenant t, UUID memberId, String amount) {
    return inTenant(
            t.tenantId(),
            () ->
                invoicing.issue(
                    InvoiceDraft.oneOff(
                        Payer.member(memberId),
                        FEBRUARY,
                        List.of(
                            DraftLine.priced(
                                LineKind.ONE_OFF,
                                "Event hall",
                                BigDecimal.ONE,
                                "",
                                new BigDecimal(amount))))))
        .invoice();
  }

  protected Invoice invoice(TestTenant t, UUID id) {
    return inTenant(t.tenantId(), () -> invoicing.get(id));
  }

  protected Payment pay(TestTenant t, UUID invoiceId, String amount) {
    return inTenant(
        t.tenantId(),
        () ->
            payments.record(
                new ManualPayment(
                    invoiceId,
                    null,
                    null,
                    new BigDecimal(amount),
                    PaymentMethodKind.BANK_TRANSFER,
                    null,
                    "bank ref",
                    null)));
  }

  protected static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }
}
