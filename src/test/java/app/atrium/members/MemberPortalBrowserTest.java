package app.atrium.members;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.atrium.support.BrowserTest;
import org.junit.jupiter.api.Test;

/** Asel, a Resident, signs in and sees her own portal, in her coworking's language or hers. */
class MemberPortalBrowserTest extends BrowserTest {

  @Test
  void a_member_signs_in_and_sees_her_portal() {
    signIn(page, "asel@demo.atrium", "demo");
    page.waitForURL("**/portal");
    assertThat(page.locator("#portal-welcome")).containsText("Асель");
    assertThat(page.locator("#portal-welcome")).containsText("Здравствуйте");

    page.locator(".lang a[data-lang=es]").first().click();
    assertThat(page.locator("#portal-welcome")).containsText("Hola");

    // The staff area is not hers.
    var response = page.navigate(baseUrl() + "/staff/members");
    org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
  }
}
