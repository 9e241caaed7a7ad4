package app.atrium.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.atrium.platform.security.AtriumUser;
import app.atrium.platform.security.Role;
import app.atrium.support.TestTenant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The demo's fake card provider: a checkout page of this app where a test card pays or not. */
class FakeCardCheckoutTest extends BillingTestSupport {

  TestTenant t;
  PortalMember dana;

  @BeforeEach
  void coworking() throws Exception {
    clock.setInstant(FEB_1);
    t = newTenant();
    dana = portalMember(t, "Dana", "K");
    Answer profile =
        call(
            HttpMethod.PUT,
            "/api/v1/billing-profile",
            t.token(),
            map(
                "timeZone",
                "Asia/Almaty",
                "paymentTermsDays",
                10,
                "invoicePrefix",
                "INV",
                "creditNotePrefix",
                "CN",
                "onlineProvider",
                "FAKE_CARD"));
    assertThat(profile.status()).isEqualTo(200);
  }

  private RequestPostProcessor as(PortalMember m) {
    var user =
        new AtriumUser(
            m.accountId(), m.email(), "Dana K", t.tenantId(), t.slug(), "Test", "ru", Role.MEMBER);
    return authentication(new UsernamePasswordAuthenticationToken(user, null, user.authorities()));
  }

  private String checkoutPath(Invoice inv, boolean save) throws Exception {
    Answer c =
        call(
            HttpMethod.POST,
            "/api/v1/invoices/" + inv.id() + "/checkout",
            t.token(),
            map("saveMethod", save));
    assertThat(c.status()).as(c.body().toString()).isEqualTo(200);
    assertThat(c.body().get("provider").asText()).isEqualTo("FAKE_CARD");
    String url = c.body().get("url").asText();
    assertThat(url).contains("/portal/billing/pay/");
    return url.substring(url.indexOf("/portal/"));
  }

  @Test
  void a_declined_card_leaves_the_invoice_open_and_the_test_card_pays_it() throws Exception {
    Invoice inv = issueSeed(t, dana.id());
    String page = checkoutPath(inv, true);
    var shown = mvc.perform(get(page).with(as(dana))).andReturn().getResponse();
    assertThat(shown.getStatus()).isEqualTo(200);
    assertThat(shown.getContentAsString())
        .contains("Оплата счёта " + inv.number())
        .contains("96\u00a0300");

    var declined =
        mvc.perform(
                post(page).with(as(dana)).with(csrf()).param("cardNumber", "4000 0000 0000 0002"))
            .andReturn()
            .getResponse();
    assertThat(declined.getStatus()).isEqualTo(402);
    assertThat(declined.getContentAsString()).contains("Банк отклонил карту");
    assertThat(invoice(t, inv.id()).status()).isEqualTo(InvoiceStatus.ISSUED);
    var unknown =
        mvc.perform(post(page).with(as(dana)).with(csrf()).param("cardNumber", "1234"))
            .andReturn()
            .getResponse();
    assertThat(unknown.getStatus()).isEqualTo(402);

    var paid =
        mvc.perform(
                post(page).with(as(dana)).with(csrf()).param("cardNumber", "4242 4242 4242 4242"))
            .andReturn()
            .getResponse();
    assertThat(paid.getStatus()).isEqualTo(200);
    assertThat(paid.getContentAsString()).contains("Оплачено");
    Invoice after = invoice(t, inv.id());
    assertThat(after.status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(inTenant(t.tenantId(), () -> payments.savedMethods(Payer.member(dana.id()))))
        .singleElement()
        .satisfies(m -> assertThat(m.last4()).isEqualTo("4242"));

    // Paying again does nothing more.
    var again =
        mvc.perform(post(page).with(as(dana)).with(csrf()).param("cardNumber", "4242424242424242"))
            .andReturn()
            .getResponse();
    assertThat(again.getContentAsString()).contains("уже завершён");
    long n =
        inTenant(
            t.tenantId(), () -> db.sql("SELECT count(*) FROM payment").query(Long.class).single());
    assertThat(n).isEqualTo(1);
  }

  @Test
  void the_saved_fake_card_pays_by_autopay() throws Exception {
    Invoice first = issueSeed(t, dana.id());
    String page = checkoutPath(first, true);
    mvc.perform(post(page).with(as(dana)).with(csrf()).param("cardNumber", "4242424242424242"));
    UUID card =
        inTenant(t.tenantId(), () -> payments.savedMethods(Payer.member(dana.id())))
            .getFirst()
            .id();
    inTenant(t.tenantId(), () -> payments.setAutopay(card, true));
    // Issuing the next invoice charges the card by itself, once it has committed.
    Invoice next = issueOneOff(t, dana.id(), "2400");
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(15))
        .until(() -> invoice(t, next.id()).status() == InvoiceStatus.PAID);
    // Charging it again finds nothing due.
    assertThat(inTenant(t.tenantId(), () -> payments.chargeAutopay(next.id()))).isEmpty();
    assertThat(
            inTenant(
                t.tenantId(),
                () -> payments.list(new PaymentQuery(null, null, next.id(), null, null, 10))))
        .singleElement()
        .satisfies(p -> assertThat(p.note()).isEqualTo("autopay"));
  }

  @Test
  void another_member_cannot_open_someone_elses_checkout() throws Exception {
    Invoice inv = issueSeed(t, dana.id());
    String page = checkoutPath(inv, false);
    PortalMember other = portalMember(t, "Ivan", "P");
    assertThat(mvc.perform(get(page).with(as(other))).andReturn().getResponse().getStatus())
        .isEqualTo(404);
    assertThat(
            mvc.perform(
                    post(page).with(as(other)).with(csrf()).param("cardNumber", "4242424242424242"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(invoice(t, inv.id()).status()).isEqualTo(InvoiceStatus.ISSUED);
    assertThat(
            mvc.perform(get("/portal/billing/pay/" + UUID.randomUUID()).with(as(dana)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }
}
