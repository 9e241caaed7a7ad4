package app.atrium.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.atrium.members.Member;
import app.atrium.platform.security.SignIn;
import app.atrium.services.demo.ServicesDemo;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The demo coworking's services: PRODUCT.md's price list, Asel's card and this month's usage. */
class ServicesDemoTest extends ServicesTestSupport {

  @Autowired ServiceUsages usages;
  @Autowired SignIn signIn;

  String damir;
  Map<String, JsonNode> byCode = new HashMap<>();
  Map<String, String> planIds = new HashMap<>();

  @BeforeEach
  void the_demo_owner_reads_the_catalogue() throws Exception {
    damir = token("damir@demo.atrium", "demo", "demo");
    for (JsonNode s : send(get("/api/v1/services"), damir, null).body()) {
      byCode.put(s.get("code").asText(), s);
    }
    for (JsonNode p : send(get("/api/v1/plans"), damir, null).body()) {
      planIds.put(p.get("id").asText(), p.get("code").asText());
    }
  }

  @Test
  void the_catalogue_is_the_price_list_of_product_md_in_russian() {
    assertThat(byCode)
        .containsKeys(
            "PRINTING",
            "COFFEE",
            "PREMIUM_COFFEE",
            "PARCEL",
            "COMPANY_REGISTRATION",
            "PARKING",
            "GUEST_PASS");
    expect("PRINTING", "Печать", "PAGE", "20", "PRINTED_PAGES");
    expect("COFFEE", "Кофе", "PIECE", "0", "COFFEE");
    expect("PREMIUM_COFFEE", "Премиум-кофе", "PIECE", "300", null);
    expect("PARCEL", "Приём посылки", "PIECE", "500", null);
    expect("COMPANY_REGISTRATION", "Регистрация компании", "PIECE", "30000", null);
    expect("PARKING", "Парковка на день", "DAY", "1500", null);
    expect("GUEST_PASS", "Гостевой пропуск на день", "DAY", "5000", "GUEST_PASSES");
    // "Projector with a room: 2 000 per booking", and catering per person, ticked on bookings.
    expect("PROJECTOR", "Проектор", "BOOKING", "2000", null);
    expect("COFFEE_BREAK", "Кофе-брейк", "PIECE", "1500", null);
    assertThat(byCode.values())
        .filteredOn(s -> s.get("bookingExtra").asBoolean())
        .extracting(s -> s.get("code").asText())
        .containsExactlyInAnyOrder("PROJECTOR", "COFFEE_BREAK");
    assertThat(included("PARCEL")).containsExactlyInAnyOrder("OFFICE", "VIRTUAL");
    assertThat(included("LOCKER")).containsExactlyInAnyOrder("RESIDENT", "OFFICE");
    assertThat(included("PRINTING")).isEmpty();
  }

  @Test
  void asel_has_a_card_and_this_months_prints_and_coffee_and_one_report_waits_for_staff()
      throws Exception {
    UUID demo = onboardedDemoTenant();
    Member asel = inTenant(demo, () -> members.findByEmail("asel@demo.atrium").orElseThrow());
    JsonNode cards = send(get("/api/v1/member-cards?memberId=" + asel.id()), damir, null).body();
    assertThat(cards.get(0).get("cardId").asText()).isEqualTo(ServicesDemo.ASEL_CARD);

    YearMonth month = inTenant(demo, () -> usages.periodOf(asel.id(), clock.instant()));
    MonthUsage usage = inTenant(demo, () -> usages.month(asel.id(), month));
    assertThat(usage.totals())
        .extracting(MonthUsage.Total::serviceCode)
        .contains("PRINTING", "COFFEE", "PREMIUM_COFFEE");
    MonthUsage.Total printing =
        usage.totals().stream()
            .filter(t -> t.serviceCode().equals("PRINTING"))
            .findFirst()
            .orElseThrow();
    assertThat(printing.includedQuantity())
        .as("a Resident's 100 pages cover them")
        .isEqualByComparingTo(printing.quantity());

    JsonNode waiting = send(get("/api/v1/devices/events"), damir, null).body();
    assertThat(waiting)
        .anySatisfy(e -> assertThat(e.get("cardId").asText()).isEqualTo("GUEST-0042"));
    JsonNode devices = send(get("/api/v1/devices"), damir, null).body();
    assertThat(devices)
        .extracting(d -> d.get("kind").asText())
        .contains("PRINTER", "COFFEE_MACHINE");
    assertThat(devices).allSatisfy(d -> assertThat(d.get("demo").asBoolean()).isTrue());
  }

  private void expect(String code, String name, String unit, String price, String kind) {
    JsonNode s = byCode.get(code);
    assertThat(s.get("name").asText()).isEqualTo(name);
    assertThat(s.get("unit").asText()).isEqualTo(unit);
    assertThat(s.get("price").decimalValue()).isEqualByComparingTo(price);
    if (kind == null) assertThat(s.has("allowanceKind")).as(code).isFalse();
    else assertThat(s.get("allowanceKind").asText()).isEqualTo(kind);
  }

  private java.util.List<String> included(String code) {
    var codes = new java.util.ArrayList<String>();
    byCode.get(code).get("includedPlanIds").forEach(id -> codes.add(planIds.get(id.asText())));
    return codes;
  }

  private UUID onboardedDemoTenant() {
    return signIn.authenticate("damir@demo.atrium", "demo", "demo", "127.0.0.1").tenantId();
  }
}
