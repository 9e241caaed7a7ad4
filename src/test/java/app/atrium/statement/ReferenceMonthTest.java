package app.atrium.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.atrium.members.Members;
import app.atrium.platform.security.AtriumUser;
import app.atrium.platform.security.Role;
import app.atrium.support.IntegrationTest;
import app.atrium.support.TestTenant;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * The seed's reference month through the public API only: Asel, a Resident with 5 included hours
 * and 100 included pages, books rooms for 7 h on January weekdays, prints 145 pages and has 8
 * premium coffees. Before each booking the quote says what it costs her; her month so far shows 2 h
 * over at 4 000 ₸, 45 pages over at 20 ₸, 8 coffees at 300 ₸: 11 300 ₸ beyond the plan.
 */
class ReferenceMonthTest extends IntegrationTest {

  static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

  @Autowired Members members;

  TestTenant t;

  @Test
  void asels_january_comes_to_11300_beyond_her_plan() throws Exception {
    t = newTenant();
    clock.setInstant(at(LocalDate.of(2027, 1, 4), "08:00"));
    String type =
        id(
            post(
                "/api/v1/resource-types",
                Map.of(
                    "name",
                    "Meeting rooms",
                    "code",
                    "meeting-room",
                    "kind",
                    "EXCLUSIVE",
                    "slotMinutes",
                    30,
                    "minMinutes",
                    30,
                    "usesRoomHours",
                    true,
                    "freeCancelMinutes",
                    120)));
    String room =
        id(
            post(
                "/api/v1/resources",
                Map.of(
                    "locationId", t.locationId(), "typeId", type, "name", "Room S", "seats", 4)));
    post(
        "/api/v1/price-rules",
        Map.of(
            "resourceTypeId",
            type,
            "kind",
            "RATE",
            "label",
            "List",
            "amount",
            5000,
            "unit",
            "HOUR"));
    String plan = id(post("/api/v1/plans", resident()));
    String asel =
        id(post("/api/v1/members", Map.of("firstName", "Asel", "lastName", "Nurlanovna")));
    post(
        "/api/v1/memberships",
        Map.of(
            "memberId",
            asel,
            "planId",
            plan,
            "locationId",
            t.locationId(),
            "startsOn",
            "2027-01-01"));
    post(
        "/api/v1/services",
        Map.of(
            "code",
            "PRINT",
            "name",
            "Printing",
            "unit",
            "PAGE",
            "price",
            20,
            "allowanceKind",
            "PRINTED_PAGES"));
    post(
        "/api/v1/services",
        Map.of("code", "PREMIUM_COFFEE", "name", "Premium coffee", "unit", "PIECE", "price", 300));

    // 7 hours of rooms on weekdays: 5 included, then 2 at the Resident's 4 000.
    record Ask(int day, String from, String to, String quoted, String included) {}
    List<Ask> asks =
        List.of(
            new Ask(5, "10:00", "12:00", "0", "2"),
            new Ask(6, "10:00", "12:00", "0", "2"),
            new Ask(7, "14:00", "15:00", "0", "1"),
            new Ask(12, "10:00", "11:00", "4000", "0"),
            new Ask(13, "16:00", "17:00", "4000", "0"));
    for (Ask a : asks) {
      LocalDate day = LocalDate.of(2027, 1, a.day());
      var slot =
          Map.<String, Object>of(
              "resourceId",
              room,
              "memberId",
              asel,
              "start",
              at(day, a.from()).toString(),
              "end",
              at(day, a.to()).toString());
      JsonNode quote = body(post("/api/v1/quotes", slot));
      assertThat(quote.get("total").decimalValue())
          .as("quote %s", a)
          .isEqualByComparingTo(a.quoted());
      assertThat(quote.get("included").get("hours").decimalValue())
          .as("included %s", a)
          .isEqualByComparingTo(a.included());
      JsonNode booked = body(post("/api/v1/bookings", slot));
      assertThat(booked.get("price").get("total").decimalValue()).isEqualByComparingTo(a.quoted());
    }

    // 145 pages against 100 included; 8 premium coffees.
    for (int pages : new int[] {60, 85}) {
      post(
          "/api/v1/service-usages",
          Map.of("memberId", asel, "serviceCode", "PRINT", "quantity", pages));
    }
    for (int i = 0; i < 8; i++) {
      post(
          "/api/v1/service-usages",
          Map.of("memberId", asel, "serviceCode", "PREMIUM_COFFEE", "quantity", 1));
    }

    JsonNode month = body(getJson("/api/v1/statements/month?memberId=" + asel + "&month=2027-01"));
    assertThat(month.get("roomOverageHours").decimalValue()).isEqualByComparingTo("2");
    assertThat(month.get("roomOverageAmount").decimalValue()).isEqualByComparingTo("8000");
    JsonNode printing = service(month, "PRINT");
    assertThat(printing.get("quantity").decimalValue()).isEqualByComparingTo("145");
    assertThat(printing.get("paidQuantity").decimalValue()).isEqualByComparingTo("45");
    assertThat(printing.get("amount").decimalValue()).isEqualByComparingTo("900");
    JsonNode coffee = service(month, "PREMIUM_COFFEE");
    assertThat(coffee.get("quantity").decimalValue()).isEqualByComparingTo("8");
    assertThat(coffee.get("amount").decimalValue()).isEqualByComparingTo("2400");
    assertThat(month.get("servicesAmount").decimalValue()).isEqualByComparingTo("3300");
    assertThat(month.get("extrasTotal").decimalValue()).isEqualByComparingTo("11300");
    assertThat(month.get("allowances"))
        .filteredOn(b -> b.get("kind").asText().equals("MEETING_ROOM_HOURS"))
        .singleElement()
        .satisfies(b -> assertThat(b.get("left").decimalValue()).isEqualByComparingTo("0"));

    // Her portal shows the same month, in Russian.
    UUID account =
        inTenant(
            t.tenantId(),
            () -> {
              UUID a = accounts.grant("asel-" + t.slug() + "@test.atrium", "Asel", Role.MEMBER);
              members.linkAccount(UUID.fromString(asel), a);
              return a;
            });
    var user =
        new AtriumUser(
            account,
            "asel-" + t.slug() + "@test.atrium",
            "Asel",
            t.tenantId(),
            t.slug(),
            "Test coworking",
            "ru",
            Role.MEMBER);
    String page =
        mvc.perform(
                get("/portal/month")
                    .param("month", "2027-01")
                    .header("Accept-Language", "ru")
                    .with(
                        SecurityMockMvcRequestPostProcessors.authentication(
                            new UsernamePasswordAuthenticationToken(
                                user, null, user.authorities()))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("11\u00a0300\u00a0₸").contains("8\u00a0000\u00a0₸");
  }

  private static JsonNode service(JsonNode month, String code) {
    for (JsonNode s : month.get("services")) {
      if (s.get("serviceCode").asText().equals(code)) return s;
    }
    throw new AssertionError("no " + code + " in " + month);
  }

  private static Map<String, Object> resident() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", "RESIDENT");
    body.put("name", "Resident");
    body.put("price", 85000);
    body.put("period", "MONTH");
    body.put("workplace", "FIXED_DESK");
    body.put(
        "allowances",
        List.of(
            Map.of("kind", "MEETING_ROOM_HOURS", "quantity", 5),
            Map.of("kind", "PRINTED_PAGES", "quantity", 100),
            Map.of("kind", "COFFEE", "unlimited", true)));
    body.put("bookingDiscountPercent", 20);
    body.put("locationAccess", "HOME");
    body.put("accessSchedule", "OPENING_HOURS");
    body.put("canBookDesks", true);
    body.put("canBookRooms", true);
    return body;
  }

  private static Instant at(LocalDate day, String time) {
    return day.atTime(LocalTime.parse(time)).atZone(ALMATY).toInstant();
  }

  private org.springframework.mock.web.MockHttpServletResponse post(String path, Object body)
      throws Exception {
    var r =
        mvc.perform(
                MockMvcRequestBuilders.post(path)
                    .header(HttpHeaders.AUTHORIZATION, t.bearer())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(body)))
            .andReturn()
            .getResponse();
    assertThat(r.getStatus()).as("%s → %s", path, r.getContentAsString()).isBetween(200, 201);
    return r;
  }

  private org.springframework.mock.web.MockHttpServletResponse getJson(String path)
      throws Exception {
    var r =
        mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, t.bearer()))
            .andReturn()
            .getResponse();
    assertThat(r.getStatus()).as("%s → %s", path, r.getContentAsString()).isEqualTo(200);
    return r;
  }

  private JsonNode body(org.springframework.mock.web.MockHttpServletResponse r) throws Exception {
    return json.readTree(r.getContentAsString());
  }

  private String id(org.springframework.mock.web.MockHttpServletResponse r) throws Exception {
    return body(r).get("id").asText();
  }
}
