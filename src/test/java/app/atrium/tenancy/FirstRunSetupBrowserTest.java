package app.atrium.tenancy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.atrium.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** With demo mode off and no coworking yet, the first visitor creates one and signs in. */
@TestPropertySource(properties = "atrium.demo=false")
class FirstRunSetupBrowserTest extends BrowserTest {

  @Test
  void the_first_visitor_creates_a_coworking_and_signs_in_as_its_owner() {
    page.navigate(baseUrl() + "/?lang=en");
    page.waitForURL("**/setup**");
    assertThat(page.locator("h1")).hasText("Create your coworking");

    page.locator("#name").fill("Nómada Coworking");
    page.locator("#slug").fill("nomada");
    page.locator("#currency").fill("EUR");
    page.locator("#locale").selectOption("es");
    page.locator("#locationName").fill("Centro");
    page.locator("#address").fill("Calle Mayor 1, Madrid");
    page.locator("#timeZone").fill("Europe/Madrid");
    page.locator("#ownerName").fill("Lucía Gómez");
    page.locator("#ownerEmail").fill("lucia@nomada.test");
    // Too short first: the form says why and keeps what was typed.
    page.locator("#ownerPassword").fill("short");
    page.locator("#ownerPassword").evaluate("e => e.removeAttribute('minlength')");
    page.locator("#create-coworking").click();
    assertThat(page.locator(".field-error")).containsText("8");
    assertThat(page.locator("#name")).hasValue("Nómada Coworking");

    page.locator("#ownerPassword").fill("una-clave-larga");
    page.locator("#create-coworking").click();
    page.waitForURL("**/login**");
    assertThat(page.locator("#username")).hasValue("lucia@nomada.test");

    page.locator("#password").fill("una-clave-larga");
    page.locator("#sign-in").click();
    page.waitForURL("**/staff");
    // The owner's coworking speaks Spanish, its own language.
    assertThat(page.locator("h1")).hasText("Nómada Coworking");
    assertThat(page.locator("header nav")).containsText("Miembros");
    assertThat(page.locator("main")).containsText("Centro");

    // Setup is closed once a coworking exists.
    page.navigate(baseUrl() + "/setup");
    page.waitForURL(url -> !url.contains("/setup"));
  }
}
