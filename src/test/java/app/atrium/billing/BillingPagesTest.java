package app.atrium.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.atrium.comms.Messages;
import app.atrium.platform.security.AtriumUser;
import app.atrium.platform.security.Role;
import app.atrium.support.TestTenant;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The billing pages: the member's invoices, payment and cards in the portal; the staff's invoice
 * list, one invoice with a payment and a credit note, the member card's billing section and the
 * dunning settings.
 */
class BillingPagesTest extends BillingTestSupport {

  @Autowired BillingSettings settings;
  @Autowired Messages messages;
  @Autowired Dunning dunning;
  @Autowired app.atrium.billing.run.PendingCharges charges;

  TestTenant t;
  PortalMember dana;

  @BeforeEach
  void coworking() {
    clock.setInstant(FEB_1);
    t = newTenant();
    dana = portalMember(t, "Dana", "Kim");
    inTenant(
        t.tenantId(),
        () -> {
          var p = settings.profile();
          return settings.update(
              new BillingProfile(
                  p.address(),
                  p.email(),
                  p.phone(),
                  p.bankDetails(),
                  p.timeZone(),
                  p.paymentTermsDays(),
                  p.invoicePrefix(),
                  p.creditNotePrefix(),
                  BillingProfile.OnlineProvider.FAKE_CARD,
                  null));
        });
  }

  private RequestPostProcessor member(PortalMember m) {
    return user(m.accountId(), m.email(), "Dana Kim", Role.MEMBER, t);
  }

  private RequestPostProcessor staff(Role role) {
    return user(UUID.randomUUID(), role + "@" + t.slug(), "Staff", role, t);
  }

  private static RequestPostProcessor user(
      UUID account, String email, String name, Role role, TestTenant tenant) {
    var u =
        new AtriumUser(account, email, name, tenant.tenantId(), tenant.slug(), "Test", "en", role);
    return authentication(new UsernamePasswordAuthenticationToken(u, null, u.authorities()));
  }

  /** What a page answered: the response and the flash attributes of a redirect. */
  record Sent(MockHttpServletResponse response, org.springframework.web.servlet.FlashMap flash) {
    int getStatus() {
      return response.getStatus();
    }

    String getContentAsString() throws Exception {
      return response.getContentAsString();
    }

    byte[] getContentAsByteArray() {
      return response.getContentAsByteArray();
    }

    String getContentType() {
      return response.getContentType();
    }

    String getRedirectedUrl() {
      return response.getRedirectedUrl();
    }

    org.springframework.web.servlet.FlashMap getFlashMap() {
      return flash;
    }
  }

  private Sent send(MockHttpServletRequestBuilder req) throws Exception {
    var r = mvc.perform(req).andReturn();
    return new Sent(r.getResponse(), r.getFlashMap());
  }

  @Test
  void the_member_sees_her_invoices_opens_one_and_is_sent_to_pay_it() throws Exception {
    Invoice inv = issueSeed(t, dana.id());
    var list = send(get("/portal/billing/invoices").with(member(dana)));
    assertThat(list.getStatus()).isEqualTo(200);
    assertThat(list.getContentAsString())
        .contains("id=\"nav-my-invoices\"")
        .contains(inv.number())
        .contains("data-status=\"ISSUED\"")
        .contains("KZT\u00a096,300")
        .contains("11 Feb 2027");

    var page = send(get("/portal/billing/invoices/" + inv.id()).with(member(dana)));
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentAsString())
        .contains("Invoice " + inv.number())
        .contains("Членство «Резидент» — февраль")
        .contains("Премиальный кофе")
        .contains("id=\"pay-online-button\"")
        .contains("id=\"save-card\"");
    var pdf = send(get("/portal/billing/invoices/" + inv.id() + "/pdf").with(member(dana)));
    assertThat(pdf.getContentType()).isEqualTo("application/pdf");
    assertThat(new String(pdf.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");

    var pay =
        send(
            post("/portal/billing/invoices/" + inv.id() + "/pay")
                .with(member(dana))
                .with(csrf())
                .param("saveCard", "true"));
    assertThat(pay.getStatus()).isEqualTo(302);
    assertThat(pay.getRedirectedUrl()).startsWith("/portal/billing/pay/");
    var card = send(get(pay.getRedirectedUrl()).with(member(dana)));
    assertThat(card.getContentAsString()).contains("id=\"cardNumber\"");

    // The invoice email is in her history whether or not a mail server took it.
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                inTenant(t.tenantId(), () -> messages.history(dana.id(), 10)).stream()
                    .anyMatch(m -> m.subject().startsWith("Invoice " + inv.number())));

    // Someone else's invoice does not exist for her.
    PortalMember ivan = portalMember(t, "Ivan", "Petrov");
    assertThat(send(get("/portal/billing/invoices/" + inv.id()).with(member(ivan))).getStatus())
        .isEqualTo(404);
    assertThat(
            send(post("/portal/billing/invoices/" + inv.id() + "/pay")
                    .with(member(ivan))
                    .with(csrf()))
                .getStatus())
        .isEqualTo(404);
    assertThat(send(get("/portal/billing/invoices").with(member(ivan))).getContentAsString())
        .doesNotContain(inv.number());
  }

  @Test
  void a_paid_invoice_offers_no_payment_and_online_payments_off_say_how_to_pay() throws Exception {
    Invoice paid = issueOneOff(t, dana.id(), "2400");
    pay(t, paid.id(), "2400");
    String page =
        send(get("/portal/billing/invoices/" + paid.id()).with(member(dana))).getContentAsString();
    assertThat(page).contains("data-status=\"PAID\"").doesNotContain("pay-online-button");
    var again =
        send(
            post("/portal/billing/invoices/" + paid.id() + "/pay").with(member(dana)).with(csrf()));
    assertThat(again.getRedirectedUrl()).isEqualTo("/portal/billing/invoices/" + paid.id());
    assertThat(again.getFlashMap().get("flashError").toString()).contains("nothing left to pay");
  }

  @Test
  void the_member_keeps_a_card_turns_autopay_on_and_off_and_removes_it() throws Exception {
    Invoice inv = issueSeed(t, dana.id());
    String pay =
        send(post("/portal/billing/invoices/" + inv.id() + "/pay")
                .with(member(dana))
                .with(csrf())
                .param("saveCard", "true"))
            .getRedirectedUrl();
    send(post(pay).with(member(dana)).with(csrf()).param("cardNumber", "4242 4242 4242 4242"));
    assertThat(invoice(t, inv.id()).status()).isEqualTo(InvoiceStatus.PAID);

    String cards = send(get("/portal/billing/methods").with(member(dana))).getContentAsString();
    SavedMethod card =
        inTenant(t.tenantId(), () -> payments.savedMethods(Payer.member(dana.id()))).getFirst();
    assertThat(cards).contains("VISA •••• 4242").contains("data-autopay=\"false\"");

    var on =
        send(
            post("/portal/billing/methods/" + card.id() + "/autopay")
                .with(member(dana))
                .with(csrf())
                .param("on", "true"));
    assertThat(on.getRedirectedUrl()).isEqualTo("/portal/billing/methods");
    assertThat(send(get("/portal/billing/methods").with(member(dana))).getContentAsString())
        .contains("data-autopay=\"true\"");
    assertThat(send(get("/portal/billing/invoices").with(member(dana))).getContentAsString())
        .contains("Autopay on");

    // Another member cannot touch her card.
    PortalMember ivan = portalMember(t, "Ivan", "Petrov");
    assertThat(
            send(post("/portal/billing/methods/" + card.id() + "/remove")
                    .with(member(ivan))
                    .with(csrf()))
                .getStatus())
        .isEqualTo(404);

    send(
        post("/portal/billing/methods/" + card.id() + "/autopay")
            .with(member(dana))
            .with(csrf())
            .param("on", "false"));
    assertThat(inTenant(t.tenantId(), () -> payments.savedMethods(Payer.member(dana.id()))))
        .singleElement()
        .satisfies(m -> assertThat(m.autopay()).isFalse());
    send(post("/portal/billing/methods/" + card.id() + "/remove").with(member(dana)).with(csrf()));
    assertThat(inTenant(t.tenantId(), () -> payments.savedMethods(Payer.member(dana.id()))))
        .isEmpty();
    assertThat(send(get("/portal/billing/methods").with(member(dana))).getContentAsString())
        .contains("id=\"cards-none\"");
  }

  @Test
  void staff_filter_the_invoices_record_a_payment_and_issue_a_credit_note() throws Exception {
    UUID ivan = member(t, "Ivan", "Petrov");
    Invoice danas = issueSeed(t, dana.id());
    Invoice ivans = issueOneOff(t, ivan, "5000");
    Invoice paid = issueOneOff(t, ivan, "2400");
    pay(t, paid.id(), "2400");

    String unpaid =
        send(get("/staff/invoices?view=unpaid").with(staff(Role.ADMIN))).getContentAsString();
    assertThat(unpaid)
        .contains(danas.number())
        .contains(ivans.number())
        .doesNotContain(paid.number());
    String ofIvan =
        send(get("/staff/invoices?payer=member:" + ivan).with(staff(Role.ADMIN)))
            .getContentAsString();
    assertThat(ofIvan)
        .contains(ivans.number())
        .contains(paid.number())
        .doesNotContain(danas.number());
    assertThat(
            send(get("/staff/invoices?period=2027-03").with(staff(Role.ADMIN)))
                .getContentAsString())
        .contains("id=\"invoices-none\"");
    assertThat(
            send(get("/staff/invoices?view=overdue").with(staff(Role.ADMIN))).getContentAsString())
        .contains("id=\"invoices-none\"");
    clock.setInstant(Instant.parse("2027-02-12T04:00:00Z"));
    String overdue =
        send(get("/staff/invoices?view=overdue").with(staff(Role.ADMIN))).getContentAsString();
    assertThat(overdue).contains(danas.number()).contains("overdue").doesNotContain(paid.number());
    assertThat(overdue)
        .contains("/staff/exports/invoices.csv")
        .contains("/staff/exports/payments.csv")
        .contains("/staff/exports/credit-notes.csv");

    String detail =
        send(get("/staff/invoices/" + danas.id()).with(staff(Role.ADMIN))).getContentAsString();
    assertThat(detail)
        .contains("Премиальный кофе")
        .contains("id=\"payment-form\"")
        .contains("id=\"credit-note-form\"");

    var bad =
        send(
            post("/staff/invoices/" + danas.id() + "/payments")
                .with(staff(Role.ADMIN))
                .with(csrf())
                .param("amount", "10.123")
                .param("method", "CASH"));
    assertThat(bad.getFlashMap().get("flashError").toString()).contains("Not done:");
    assertThat(invoice(t, danas.id()).paidAmount()).isZero();

    var recorded =
        send(
            post("/staff/invoices/" + danas.id() + "/payments")
                .with(staff(Role.ADMIN))
                .with(csrf())
                .param("amount", "50000")
                .param("method", "CASH")
                .param("reference", "receipt 17"));
    assertThat(recorded.getRedirectedUrl()).isEqualTo("/staff/invoices/" + danas.id());
    assertThat(recorded.getFlashMap().get("flashOk").toString())
        .isEqualTo("Payment of KZT\u00a050,000 recorded.");
    assertThat(invoice(t, danas.id()).status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);

    var credited =
        send(
            post("/staff/invoices/" + danas.id() + "/credit-notes")
                .with(staff(Role.ADMIN))
                .with(csrf())
                .param("lineNo", "4")
                .param("amount", "300")
                .param("reason", "One coffee was not served"));
    assertThat(credited.getFlashMap().get("flashOk").toString()).startsWith("Credit note CN-2027-");
    Invoice after = invoice(t, danas.id());
    assertThat(after.creditedAmount()).isEqualByComparingTo("300");
    assertThat(after.amountDue()).isEqualByComparingTo("46000");
    String shown =
        send(get("/staff/invoices/" + danas.id()).with(staff(Role.ADMIN))).getContentAsString();
    assertThat(shown)
        .contains("receipt 17")
        .contains("One coffee was not served")
        .contains("data-status=\"PARTIALLY_PAID\"");

    // The accountant keeps the books too: she records money received; a member cannot.
    assertThat(send(get("/staff/invoices/" + danas.id()).with(staff(Role.ACCOUNTANT))).getStatus())
        .isEqualTo(200);
    int before =
        inTenant(
                t.tenantId(),
                () ->
                    payments.list(
                        new app.atrium.billing.PaymentQuery(
                            dana.id(), null, null, null, null, 100)))
            .size();
    assertThat(
            send(post("/staff/invoices/" + danas.id() + "/payments")
                    .with(staff(Role.ACCOUNTANT))
                    .with(csrf())
                    .param("amount", "100"))
                .getStatus())
        .isEqualTo(302);
    assertThat(
            inTenant(
                t.tenantId(),
                () ->
                    payments.list(
                        new app.atrium.billing.PaymentQuery(
                            dana.id(), null, null, null, null, 100))))
        .hasSize(before + 1);
    assertThat(
            send(post("/staff/invoices/" + danas.id() + "/payments")
                    .with(member(dana))
                    .with(csrf())
                    .param("amount", "100"))
                .getStatus())
        .isEqualTo(403);

    // Another coworking sees none of it.
    TestTenant other = newTenant();
    var stranger = user(UUID.randomUUID(), "x@" + other.slug(), "X", Role.OWNER, other);
    assertThat(send(get("/staff/invoices/" + danas.id()).with(stranger)).getStatus())
        .isEqualTo(404);
    assertThat(send(get("/staff/invoices").with(stranger)).getContentAsString())
        .doesNotContain(danas.number());
    assertThat(send(get("/staff/members/" + dana.id() + "/billing").with(stranger)).getStatus())
        .isEqualTo(404);
  }

  @Test
  void the_member_card_shows_her_balance_cards_and_lets_staff_switch_autopay() throws Exception {
    Invoice inv = issueSeed(t, dana.id());
    pay(t, inv.id(), "100000");
    issueOneOff(t, dana.id(), "5000");
    inTenant(
        t.tenantId(),
        () ->
            db.sql(
                    "INSERT INTO payment_method (tenant_id, id, member_id, provider, customer_ref,"
                        + " method_ref, brand, last4, created_at) VALUES (atrium_current_tenant(),"
                        + " gen_random_uuid(), ?, 'FAKE_CARD', 'fake_cus_1', 'fake_pm_4242', 'visa',"
                        + " '4242', now())")
                .param(dana.id())
                .update());
    assertThat(
            send(get("/staff/members/" + dana.id()).with(staff(Role.ADMIN))).getContentAsString())
        .contains("hx-get=\"/staff/members/" + dana.id() + "/billing\"");
    String section =
        send(get("/staff/members/" + dana.id() + "/billing").with(staff(Role.ADMIN)))
            .getContentAsString();
    // 96 300 + 5 000 invoiced, 100 000 paid: 3 700 went as credit onto the second, 1 300 due.
    assertThat(section)
        .doesNotContain("<html")
        .contains("id=\"balance-invoiced\">KZT\u00a0101,300<")
        .contains("id=\"balance-paid\">KZT\u00a0100,000<")
        .contains("id=\"balance-due\">KZT\u00a01,300<")
        .contains("id=\"balance-credit\">KZT\u00a00<")
        .contains(inv.number())
        .contains("VISA •••• 4242");
    UUID card =
        inTenant(t.tenantId(), () -> payments.savedMethods(Payer.member(dana.id())))
            .getFirst()
            .id();
    var toggled =
        send(
            post("/staff/members/" + dana.id() + "/billing/methods/" + card + "/autopay")
                .with(staff(Role.ADMIN))
                .with(csrf())
                .header("HX-Request", "true")
                .param("on", "true"));
    assertThat(toggled.getContentAsString())
        .contains("id=\"member-billing\"")
        .contains("data-autopay=\"true\"");
    // A card that is not hers cannot be switched from her card.
    UUID ivan = member(t, "Ivan", "Petrov");
    assertThat(
            send(post("/staff/members/" + ivan + "/billing/methods/" + card + "/autopay")
                    .with(staff(Role.ADMIN))
                    .with(csrf())
                    .param("on", "false"))
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void the_owner_sets_the_reminder_days_and_staff_send_the_due_reminders() throws Exception {
    assertThat(send(get("/staff/settings/dunning").with(staff(Role.OWNER))).getContentAsString())
        .contains("value=\"3, 7, 14\"");
    var bad =
        send(
            post("/staff/settings/dunning")
                .with(staff(Role.OWNER))
                .with(csrf())
                .param("enabled", "true")
                .param("days", "14, 7"));
    assertThat(bad.getFlashMap().get("flashError").toString()).contains("ascending");
    assertThat(inTenant(t.tenantId(), () -> dunning.policy())).isEqualTo(DunningPolicy.DEFAULT);
    send(
        post("/staff/settings/dunning")
            .with(staff(Role.OWNER))
            .with(csrf())
            .param("enabled", "true")
            .param("days", "2, 9")
            .param("suspendAccess", "true"));
    assertThat(inTenant(t.tenantId(), () -> dunning.policy()))
        .isEqualTo(new DunningPolicy(true, java.util.List.of(2, 9), true));
    assertThat(send(get("/staff/settings/dunning").with(staff(Role.ADMIN))).getStatus())
        .isEqualTo(403);

    Invoice inv = issueSeed(t, dana.id());
    clock.setInstant(Instant.parse("2027-02-13T04:00:00Z"));
    var run = send(post("/staff/dunning/run").with(staff(Role.ADMIN)).with(csrf()));
    assertThat(run.getFlashMap().get("flashOk").toString())
        .isEqualTo("Reminders sent: 1; reached the last reminder: 0.");
    String detail =
        send(get("/staff/invoices/" + inv.id()).with(staff(Role.ADMIN))).getContentAsString();
    assertThat(detail).contains("Reminder 1, 2 days after the due date");
  }

  @Test
  void staff_put_a_charge_and_a_discount_on_her_next_invoice_and_cancel_one() throws Exception {
    String base = "/staff/members/" + dana.id() + "/billing/charges";
    var added = addCharge("ONE_OFF", "Replacement key card", "2 000");
    assertThat(added.getStatus()).isEqualTo(200);
    assertThat(added.getContentAsString())
        .contains("id=\"member-billing\"")
        .contains("Replacement key card")
        .contains("KZT\u00a02,000");
    addCharge("DISCOUNT_PERCENT", "Referral", "10");
    // Bad input: the form comes back with the reason and nothing is added.
    var bad = addCharge("DISCOUNT_PERCENT", "Too much", "150");
    assertThat(bad.getStatus()).isEqualTo(422);
    assertThat(bad.getContentAsString()).contains("id=\"charge-error\"").contains("at most 100");
    var listed = inTenant(t.tenantId(), () -> charges.list(dana.id(), null, true, 50));
    assertThat(listed)
        .extracting(c -> c.description())
        .containsExactlyInAnyOrder("Referral", "Replacement key card");
    var ref = listed.stream().filter(c -> c.description().equals("Referral")).findFirst().get();
    assertThat(ref.percent()).isEqualByComparingTo("10");

    UUID referral = ref.id();
    var cancelled =
        send(
            post(base + "/" + referral + "/cancel")
                .with(staff(Role.ADMIN))
                .with(csrf())
                .header("HX-Request", "true")
                .param("reason", "not referred after all"));
    assertThat(cancelled.getContentAsString()).doesNotContain("Referral");
    assertThat(inTenant(t.tenantId(), () -> charges.list(dana.id(), null, true, 50))).hasSize(1);
    // The accountant adds too; a member cannot.
    assertThat(
            send(post(base)
                    .with(staff(Role.ACCOUNTANT))
                    .with(csrf())
                    .param("kind", "ONE_OFF")
                    .param("description", "Printing paper")
                    .param("value", "500"))
                .getStatus())
        .isEqualTo(302);
    assertThat(inTenant(t.tenantId(), () -> charges.list(dana.id(), null, true, 50))).hasSize(2);
    assertThat(
            send(post(base).with(member(dana)).with(csrf()).param("kind", "ONE_OFF")).getStatus())
        .isEqualTo(403);
  }

  private Sent addCharge(String kind, String description, String value) throws Exception {
    return send(
        post("/staff/members/" + dana.id() + "/billing/charges")
            .with(staff(Role.ADMIN))
            .with(csrf())
            .header("HX-Request", "true")
            .param("kind", kind)
            .param("description", description)
            .param("value", value));
  }
}
