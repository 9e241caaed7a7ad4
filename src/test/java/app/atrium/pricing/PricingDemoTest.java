package app.atrium.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.atrium.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** The demo coworking's price list, as its Resident, a guest and the event zone see it. */
class PricingDemoTest extends IntegrationTest {

  private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
  // 2030-01-16 is a Wednesday, 2030-01-19 a Saturday.
  private static final LocalDate WEEKDAY = LocalDate.of(2030, 1, 16);
  private static final LocalDate SATURDAY = LocalDate.of(2030, 1, 19);

  String damir;
  String asel;
  JsonNode resources;

  @BeforeEach
  void signIn() throws Exception {
    damir = token("damir@demo.atrium", "demo", "demo");
    asel = token("asel@demo.atrium", "demo", "demo");
    resources =
        json.readTree(
            mvc.perform(get("/api/v1/resources").header(HttpHeaders.AUTHORIZATION, bearer(damir)))
                .andReturn()
                .getResponse()
                .getContentAsString());
  }

  @Test
  void asel_the_resident_has_5_hours_free_then_pays_4000_a_weekday_hour_and_2800_at_a_weekend()
      throws Exception {
    // January 2030 is untouched: her 5 included hours come first, the sixth is paid.
    JsonNode weekday = quote(asel, "Переговорная S", WEEKDAY, "11:00", "17:00");
    JsonNode weekend = quote(asel, "Переговорная S", SATURDAY, "11:00", "17:00");

    assertThat(weekday.get("included").get("hours").decimalValue()).isEqualByComparingTo("5");
    assertThat(weekday.get("lines").get(0).get("label").asText())
        .isEqualTo("Включено в тариф: 5 ч (осталось 5 ч из 5 ч)");
    assertThat(total(weekday)).isEqualByComparingTo("4000");
    assertThat(weekday.get("lines").get(2).get("label").asText()).isEqualTo("Резидент −20%");
    assertThat(total(weekend)).isEqualByComparingTo("2800");
    assertThat(weekend.get("lines"))
        .extracting(l -> l.get("label").asText())
        .containsExactly(
            "Включено в тариф: 5 ч (осталось 5 ч из 5 ч)",
            "Переговорная S 16:00–17:00: 1 ч × 5\u00a0000\u00a0₸ = 5\u00a0000\u00a0₸",
            "Выходные −30%",
            "Резидент −20%");
  }

  @Test
  void a_guest_pays_the_list_price_5000_and_3500_at_a_weekend() throws Exception {
    assertThat(total(quote(damir, "Переговорная M", WEEKDAY, "11:00", "12:00")))
        .isEqualByComparingTo("5000");
    assertThat(total(quote(damir, "Переговорная M", SATURDAY, "11:00", "12:00")))
        .isEqualByComparingTo("3500");
  }

  @Test
  void the_event_zone_costs_15000_an_hour_at_11_and_10000_at_17() throws Exception {
    assertThat(total(quote(damir, "Ивент-зона (А+Б)", WEEKDAY, "11:00", "12:00")))
        .isEqualByComparingTo("15000");
    assertThat(total(quote(damir, "Ивент-зона (А+Б)", WEEKDAY, "17:00", "18:00")))
        .isEqualByComparingTo("10000");
  }

  @Test
  void the_rest_of_the_demo_price_list_is_priced_as_listed() throws Exception {
    assertThat(total(quote(damir, "Подкаст-студия", WEEKDAY, "11:00", "13:00")))
        .isEqualByComparingTo("16000");
    assertThat(total(quote(asel, "Кабинка 1", WEEKDAY, "11:00", "12:00")))
        .isEqualByComparingTo("0");
    assertThat(total(quote(damir, "Проектор", WEEKDAY, "11:00", "14:00")))
        .isEqualByComparingTo("2000");
    JsonNode parking = quote(damir, "Парковка", WEEKDAY, "00:00", "00:00");
    assertThat(total(parking)).isEqualByComparingTo("1500");
  }

  private JsonNode quote(String token, String resource, LocalDate day, String from, String to)
      throws Exception {
    LocalDate endDay = to.equals(from) ? day.plusDays(1) : day;
    var body = new LinkedHashMap<String, Object>();
    body.put("resourceId", id(resource));
    body.put("start", at(day, from).toString());
    body.put("end", at(endDay, to).toString());
    var r =
        mvc.perform(
                post("/api/v1/quotes")
                    .header(HttpHeaders.AUTHORIZATION, bearer(token))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(body)))
            .andReturn()
            .getResponse();
    assertThat(r.getStatus())
        .as("quote of %s: %s", resource, r.getContentAsString())
        .isEqualTo(200);
    return json.readTree(r.getContentAsString());
  }

  private String id(String name) {
    for (JsonNode r : resources)
      if (r.get("name").asText().equals(name)) return r.get("id").asText();
    throw new AssertionError("no demo resource " + name);
  }

  private static BigDecimal total(JsonNode quote) {
    return quote.get("total").decimalValue();
  }

  private static java.time.Instant at(LocalDate day, String time) {
    return LocalDateTime.of(day, LocalTime.parse(time)).atZone(ALMATY).toInstant();
  }

  private static String bearer(String token) {
    return "Bearer " + token;
  }
}
