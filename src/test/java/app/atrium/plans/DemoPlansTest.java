package app.atrium.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/** The demo coworking's catalogue is PRODUCT.md's, as seen through the API by its owner. */
class DemoPlansTest extends PlansTestSupport {

  private final Map<String, JsonNode> byCode = new HashMap<>();
  private final List<String> names = new ArrayList<>();

  @BeforeEach
  void readDemoCatalogue() throws Exception {
    String bearer = "Bearer " + token("damir@demo.atrium", "demo", "demo");
    String body =
        mvc.perform(get("/api/v1/plans").header(HttpHeaders.AUTHORIZATION, bearer))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    for (JsonNode plan : json.readTree(body)) {
      byCode.put(plan.get("code").asText(), plan);
      names.add(plan.get("name").asText());
    }
  }

  @Test
  void has_the_five_plans_in_display_order_with_russian_names() {
    assertThat(names).containsExactly("Дневной", "Флекс", "Резидент", "Офис", "Виртуальный");
    assertThat(byCode.values())
        .allSatisfy(p -> assertThat(p.get("currency").asText()).isEqualTo("KZT"));
    assertThat(byCode.values())
        .allSatisfy(p -> assertThat(p.get("status").asText()).isEqualTo("ACTIVE"));
  }

  @Test
  void the_day_pass_is_5000_a_day_at_any_desk_with_coffee() {
    JsonNode day = byCode.get("DAY_PASS");
    assertPrice(day, "5000", "DAY", false);
    assertThat(day.get("workplace").asText()).isEqualTo("ANY_DESK");
    assertThat(allowances(day)).containsOnlyKeys("COFFEE").containsEntry("COFFEE", "unlimited");
    assertThat(day.get("extras")).isEmpty();
    assertThat(day.get("bookingDiscountPercent").decimalValue()).isEqualByComparingTo("0");
  }

  @Test
  void flex_is_45000_a_month_with_2_hours_50_pages_and_coffee() {
    JsonNode flex = byCode.get("FLEX");
    assertPrice(flex, "45000", "MONTH", false);
    assertThat(flex.get("workplace").asText()).isEqualTo("ANY_DESK");
    assertThat(allowances(flex))
        .containsOnly(
            Map.entry("MEETING_ROOM_HOURS", "2"),
            Map.entry("PRINTED_PAGES", "50"),
            Map.entry("COFFEE", "unlimited"));
    assertThat(flex.get("bookingDiscountPercent").decimalValue()).isEqualByComparingTo("0");
  }

  @Test
  void resident_is_85000_a_month_with_a_fixed_desk_5_hours_100_pages_a_locker_and_20_percent_off() {
    JsonNode resident = byCode.get("RESIDENT");
    assertThat(resident.get("name").asText()).isEqualTo("Резидент");
    assertPrice(resident, "85000", "MONTH", false);
    assertThat(resident.get("workplace").asText()).isEqualTo("FIXED_DESK");
    assertThat(allowances(resident))
        .containsOnly(
            Map.entry("MEETING_ROOM_HOURS", "5"),
            Map.entry("PRINTED_PAGES", "100"),
            Map.entry("COFFEE", "unlimited"),
            Map.entry("GUEST_PASSES", "2"));
    assertThat(texts(resident.get("extras"))).containsExactly("LOCKER");
    assertThat(resident.get("bookingDiscountPercent").decimalValue()).isEqualByComparingTo("20");
    assertThat(resident.get("locationAccess").asText()).isEqualTo("HOME");
    assertThat(resident.get("accessSchedule").asText()).isEqualTo("OPENING_HOURS");
  }

  @Test
  void office_is_from_250000_a_month_with_everything_24_7_in_all_locations() {
    JsonNode office = byCode.get("OFFICE");
    assertPrice(office, "250000", "MONTH", true);
    assertThat(office.get("workplace").asText()).isEqualTo("PRIVATE_OFFICE");
    assertThat(allowances(office))
        .containsEntry("MEETING_ROOM_HOURS", "10")
        .containsEntry("COFFEE", "unlimited")
        .containsEntry("GUEST_PASSES", "2")
        .containsKey("PRINTED_PAGES");
    assertThat(texts(office.get("extras")))
        .containsExactlyInAnyOrder(
            "LOCKER", "LEGAL_ADDRESS", "MAIL_HANDLING", "PARCEL_RECEPTION", "BUSINESS_ADDRESS");
    assertThat(office.get("bookingDiscountPercent").decimalValue()).isEqualByComparingTo("20");
    assertThat(office.get("locationAccess").asText()).isEqualTo("ALL");
    assertThat(office.get("accessSchedule").asText()).isEqualTo("ALWAYS");
  }

  @Test
  void virtual_is_25000_a_month_without_a_workplace_and_books_rooms_but_not_desks() {
    JsonNode virtual = byCode.get("VIRTUAL");
    assertPrice(virtual, "25000", "MONTH", false);
    assertThat(virtual.get("workplace").asText()).isEqualTo("NONE");
    assertThat(allowances(virtual)).containsEntry("MEETING_ROOM_HOURS", "2");
    assertThat(texts(virtual.get("extras")))
        .containsExactlyInAnyOrder("LEGAL_ADDRESS", "MAIL_HANDLING", "PARCEL_RECEPTION");
    assertThat(virtual.get("canBookDesks").asBoolean()).isFalse();
    assertThat(virtual.get("canBookRooms").asBoolean()).isTrue();
    assertThat(virtual.get("bookingDiscountPercent").decimalValue()).isEqualByComparingTo("0");
  }

  private static void assertPrice(JsonNode plan, String price, String period, boolean from) {
    assertThat(plan.get("price").decimalValue()).isEqualByComparingTo(new BigDecimal(price));
    assertThat(plan.get("period").asText()).isEqualTo(period);
    assertThat(plan.get("priceFrom").asBoolean()).isEqualTo(from);
    assertThat(plan.get("freezeFeePerDay").decimalValue()).isEqualByComparingTo("0");
  }

  /** kind → quantity as text ("5", "1.5") or "unlimited". */
  private static Map<String, String> allowances(JsonNode plan) {
    Map<String, String> out = new HashMap<>();
    for (JsonNode a : plan.get("allowances")) {
      out.put(
          a.get("kind").asText(),
          a.get("unlimited").asBoolean()
              ? "unlimited"
              : a.get("quantity").decimalValue().stripTrailingZeros().toPlainString());
    }
    return out;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
