package app.atrium.members;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.atrium.support.BrowserTest;
import org.junit.jupiter.api.Test;

/** Gulnara at the front desk: creates a member, finds her by search, sees the demo's spaces. */
class StaffDeskBrowserTest extends BrowserTest {

  @Test
  void the_front_desk_creates_a_member_finds_her_by_search_and_sees_the_demo_resources() {
    signIn(page, "gulnara@demo.atrium", "demo");
    page.waitForURL("**/staff");
    // The demo coworking speaks Russian.
    assertThat(page.locator("header nav")).containsText("Участники");
    page.navigate(baseUrl() + "/staff/members?lang=en");

    page.locator("#new-member").click();
    page.locator("#firstName").fill("Dana");
    page.locator("#lastName").fill("Bekova");
    page.locator("#email").fill("dana.bekova@example.kz");
    page.locator("#phone").fill("+7 701 555 0199");
    page.locator("#save-member").click();
    page.waitForURL(url -> url.matches(".*/staff/members/[0-9a-f-]{36}.*"));
    assertThat(page.locator("main")).containsText("Bekova");

    page.navigate(baseUrl() + "/staff/members");
    page.locator("#member-search").fill("0199");
    // Live search narrows the list to her, without a page load.
    assertThat(page.locator("#member-results tr")).hasCount(1);
    assertThat(page.locator("#member-results")).containsText("Bekova");

    page.navigate(baseUrl() + "/staff/resources");
    assertThat(page.locator("#resources")).containsText("Переговорная M");
    assertThat(page.locator("#resources")).containsText("Ивент-зона");
    assertThat(page.locator("#resources")).containsText("Опен-спейс");
  }
}
