package app.atrium.booking;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.atrium.support.BrowserTest;
import com.microsoft.playwright.Locator;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Gulnara books a room for Asel with the demo's projector: ticking it shows its price in the live
 * quote before she confirms, and the booking then carries it.
 */
class BookingExtrasBrowserTest extends BrowserTest {

  static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

  @Test
  void the_desk_ticks_the_projector_and_sees_its_price_before_booking() throws Exception {
    // A Wednesday over a week ahead: past the demo's lived-in days, within opening hours.
    LocalDate day =
        LocalDate.now(ALMATY).plusDays(8).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
    signIn(page, "gulnara@demo.atrium", "demo");
    page.navigate(baseUrl() + "/staff/bookings/new?date=" + day);
    String room =
        page.locator("#resourceId option")
            .filter(new Locator.FilterOptions().setHasText("Переговорная"))
            .first()
            .getAttribute("value");
    page.navigate(
        baseUrl()
            + "/staff/bookings/new?resourceId="
            + room
            + "&date="
            + day
            + "&start=12:00&end=13:00");
    page.waitForFunction("() => window.htmx && document.querySelector('#member-q')");
    page.locator("#member-q").fill("Нурланова");
    page.locator("#member-options input[type=radio]").first().check();
    assertThat(page.locator("#price-view")).isVisible();
    assertThat(page.locator("#price-view .price-extra")).hasCount(0);

    page.locator("#extra-PROJECTOR").check();

    Locator extra = page.locator("#price-view .price-extra");
    assertThat(extra).hasCount(1);
    assertThat(extra).containsText(Pattern.compile("Проектор × 1: 2\\s?000"));
    assertThat(page.locator("#price-view .price-with-extras")).isVisible();

    page.locator("#save-booking").click();
    assertThat(page.locator("#booking-done")).isVisible();
    String owner = "Bearer " + token("damir@demo.atrium", "demo", "demo");
    String from = day.atTime(12, 0).atZone(ALMATY).toInstant().toString();
    String to = day.atTime(13, 0).atZone(ALMATY).toInstant().toString();
    JsonNode booked =
        json.readTree(
            mvc.perform(
                    get("/api/v1/bookings?resourceId=" + room + "&from=" + from + "&to=" + to)
                        .header("Authorization", owner))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(booked).hasSize(1);
    assertThat(booked.get(0).get("extras").get(0).get("serviceCode").asText())
        .isEqualTo("PROJECTOR");

    page.navigate(baseUrl() + "/staff/bookings/" + booked.get(0).get("id").asText());
    assertThat(page.locator("#booking-extras")).containsText("Проектор");
  }
}
