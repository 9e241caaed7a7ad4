package app.atrium.spaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.atrium.support.BrowserTest;
import app.atrium.support.TestTenant;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The spaces pages in a real browser, on a phone-sized screen. */
class SpacesBrowserTest extends BrowserTest {

  @Test
  void the_owner_sees_the_spaces_on_a_phone_and_adds_lockers() throws Exception {
    var t = newTenant();
    String desks =
        create(
            t,
            "/api/v1/resource-types",
            Map.of("name", "Hot desks", "code", "hot-desk", "kind", "CAPACITY"));
    create(
        t,
        "/api/v1/resource-types",
        Map.of("name", "Lockers", "code", "locker", "kind", "CAPACITY"));
    create(
        t,
        "/api/v1/resources",
        Map.of(
            "locationId",
            t.locationId().toString(),
            "typeId",
            desks,
            "name",
            "Open space",
            "units",
            20));
    page.setViewportSize(390, 844);
    signIn(page, t.ownerEmail(), t.password());

    page.navigate(baseUrl() + "/staff/resources?lang=en");
    var openSpace =
        page.locator("#resources tr.resource", new Page.LocatorOptions().setHasText("Open space"));
    assertThat(openSpace.locator("td.units").textContent().trim()).isEqualTo("20");

    page.locator("#add-resource").click();
    page.waitForURL(url -> url.endsWith("/staff/resources/new"));
    var capacity = page.locator("fieldset[data-kinds=CAPACITY]");
    var parts = page.locator("fieldset[data-kinds=COMPOSITE]");
    assertThat(capacity.isVisible()).isFalse();
    page.locator("#typeId").selectOption(new SelectOption().setLabel("Lockers (Capacity)"));
    assertThat(capacity.isVisible()).isTrue();
    assertThat(parts.isVisible()).isFalse();
    page.locator("#name").fill("Lockers at the door");
    page.locator("#units").fill("12");
    page.locator("#unitLabel").fill("Locker");
    page.locator("#amenities").fill("Code lock, Charger");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

    page.waitForURL(url -> url.matches(".*/staff/resources/[0-9a-f-]{36}$"));
    assertThat(page.locator("#unit-list .tag").count()).isEqualTo(12);
    assertThat(page.locator("#unit-list").textContent()).contains("Locker 12");
  }

  private String create(TestTenant t, String url, Map<String, Object> body) throws Exception {
    var response =
        mvc.perform(
                post(url)
                    .header("Authorization", t.bearer())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(body)))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
    return json.readTree(response.getContentAsString()).get("id").asText();
  }
}
