package app.atrium.billing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.atrium.members.MemberDraft;
import app.atrium.members.Members;
import app.atrium.platform.security.Role;
import app.atrium.support.BrowserTest;
import app.atrium.support.TestTenant;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Dana opens her invoice in the portal and pays it with the demo's card page: a declined card says
 * so and leaves the invoice unpaid, the test card pays it.
 */
class BillingPortalBrowserTest extends BrowserTest {

  @Autowired Members members;
  @Autowired Invoicing invoicing;
  @Autowired BillingSettings settings;

  @Test
  void the_member_opens_her_invoice_and_pays_it_with_the_fake_card() {
    clock.setInstant(java.time.Instant.parse("2027-02-01T04:00:00Z"));
    TestTenant t = newTenant();
    String email = addUser(t, Role.MEMBER, "Dana Kim");
    Invoice inv =
        inTenant(
            t.tenantId(),
            () -> {
              var p = settings.profile();
              settings.update(
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
              UUID dana =
                  members
                      .create(new MemberDraft("Dana", "Kim", email, null, null, false, List.of()))
                      .id();
              UUID account =
                  db.sql("SELECT id FROM account WHERE email = ?")
                      .param(email)
                      .query(UUID.class)
                      .single();
              members.linkAccount(dana, account);
              return invoicing
                  .issue(
                      InvoiceDraft.regular(
                          Payer.member(dana),
                          java.time.YearMonth.of(2027, 2),
                          List.of(
                              DraftLine.priced(
                                  LineKind.MEMBERSHIP,
                                  "Membership Resident, February",
                                  BigDecimal.ONE,
                                  "month",
                                  new BigDecimal("85000")),
                              DraftLine.priced(
                                  LineKind.SERVICE,
                                  "Premium coffee",
                                  new BigDecimal("8"),
                                  "pcs",
                                  new BigDecimal("300")))))
                  .invoice();
            });

    signIn(page, email, t.password());
    page.locator("#nav-my-invoices").click();
    assertThat(page.locator("h1")).hasText("My invoices");
    var row = page.locator("#invoice-list tr.invoice").first();
    assertThat(row).containsText(inv.number());
    assertThat(row).containsText("87,400");
    assertThat(row).containsText("Issued");
    row.locator("a.invoice-number").click();

    assertThat(page.locator("#invoice-number")).hasText("Invoice " + inv.number());
    assertThat(page.locator("#invoice-lines")).containsText("Premium coffee");
    assertThat(page.locator("#invoice-status")).hasAttribute("data-status", "ISSUED");
    page.locator("#pay-online-button").click();

    // A declined card: a clear error, the invoice still to pay.
    page.waitForURL("**/portal/billing/pay/**");
    assertThat(page.locator("#pay-amount")).containsText("87,400");
    page.locator("#cardNumber").fill("4000 0000 0000 0002");
    page.locator("#pay-submit").click();
    assertThat(page.locator("#pay-result")).hasText("Your card was declined. Try another card.");
    org.assertj.core.api.Assertions.assertThat(
            inTenant(t.tenantId(), () -> invoicing.get(inv.id())).status())
        .isEqualTo(InvoiceStatus.ISSUED);

    // The test card pays it.
    page.locator("#cardNumber").fill("4242 4242 4242 4242");
    page.locator("#pay-submit").click();
    assertThat(page.locator("#pay-result")).hasText("Paid. Thank you!");
    page.locator("#pay-back").click();
    assertThat(page.locator("#invoice-status")).hasAttribute("data-status", "PAID");
    assertThat(page.locator("#invoice-status")).containsText("Paid");
    assertThat(page.locator("#pay-online")).hasCount(0);
    page.locator("#nav-my-invoices").click();
    assertThat(page.locator("#invoice-list tr.invoice").first()).containsText("Paid");
  }
}
