package app.atrium.services;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.atrium.members.Member;
import app.atrium.members.Members;
import app.atrium.platform.security.SignIn;
import app.atrium.support.BrowserTest;
import com.microsoft.playwright.Locator;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Gulnara at the front desk adds a service on Asel's member card and corrects it. */
class MemberServicesBrowserTest extends BrowserTest {

  @Autowired SignIn signIn;
  @Autowired Members members;

  @Test
  void the_front_desk_adds_premium_coffee_on_the_member_card_and_sees_it_in_the_month()
      throws Exception {
    UUID demo = signIn.authenticate("gulnara@demo.atrium", "demo", "demo", "127.0.0.1").tenantId();
    Member asel = inTenant(demo, () -> members.findByEmail("asel@demo.atrium").orElseThrow());
    signIn(page, "gulnara@demo.atrium", "demo");
    page.navigate(baseUrl() + "/staff/members/" + asel.id() + "?lang=en");

    // The services section comes in by htmx, with this month's usage.
    Locator section = page.locator("#member-services");
    assertThat(page.locator("#add-service-form")).isVisible();
    assertThat(section).containsText("Services");
    Locator coffee = page.locator(".usage-total[data-code=PREMIUM_COFFEE] .total-quantity");
    int before = coffee.count() == 0 ? 0 : Integer.parseInt(coffee.innerText().strip());

    String premium =
        page.locator("#usage-service option[data-code=PREMIUM_COFFEE]").getAttribute("value");
    page.locator("#usage-service").selectOption(premium);
    page.locator("#usage-quantity").fill("2");
    page.locator("#usage-note").fill("for two guests at the reception");
    page.locator("#add-service").click();

    // At once, without a page load: the month's usage has it, paid at 300 each.
    assertThat(coffee).hasText(String.valueOf(before + 2));
    assertThat(page.locator(".usage-total[data-code=PREMIUM_COFFEE] .total-amount"))
        .containsText(String.format(java.util.Locale.ENGLISH, "%,d", (before + 2) * 300));
    assertThat(page.locator("#usage-entries")).containsText("for two guests at the reception");
    assertThat(page)
        .hasURL(java.util.regex.Pattern.compile(".*/staff/members/" + asel.id() + ".*"));

    // A correction with a reason, from the same list.
    Locator entry = page.locator(".usage-entry[data-code=PREMIUM_COFFEE]:not(.correction)").last();
    entry.locator(".correct-box summary").click();
    entry.locator(".correction-quantity").fill("1");
    entry.locator(".correction-reason").fill("one was on the house");
    entry.locator(".correction-submit").click();
    assertThat(coffee).hasText(String.valueOf(before + 1));
    assertThat(page.locator("#usage-entries")).containsText("Correction: one was on the house");
  }
}
