package app.atrium.billing.run;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.atrium.support.IntegrationTest;
import app.atrium.support.TestTenant;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

/**
 * A demo-like coworking made through the public API only: meeting rooms at 5 000 ₸/h drawing on
 * included hours, the Resident plan (85 000 ₸, 5 h of rooms and 100 printed pages a month, −20 % on
 * bookings), printing at 20 ₸/page and premium coffee at 300 ₸.
 */
abstract class InvoiceRunFixture extends IntegrationTest {

  static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

  TestTenant t;
  UUID plan;
  UUID room;
  UUID printing;
  UUID coffee;

  void coworking() throws Exception {
    clock.setInstant(at(LocalDate.of(2026, 12, 28), 9));
    t = newTenant();
    plan = id(postJson("/api/v1/plans", residentPlan()));
    Map<String, Object> type = new LinkedHashMap<>();
    type.put("name", "Meeting room");
    type.put("code", "room");
    type.put("kind", "EXCLUSIVE");
    type.put("bookable", true);
    type.put("slotMinutes", 30);
    type.put("minMinutes", 30);
    type.put("maxMinutes", 480);
    type.put("bookedBy", "MEMBERS");
    type.put("usesRoomHours", true);
    type.put("freeCancelMinutes", 120);
    UUID roomType = id(postJson("/api/v1/resource-types", type));
    room =
        id(
            postJson(
                "/api/v1/resources",
                Map.of(
                    "locationId",
                    t.locationId(),
                    "typeId",
                    roomType,
                    "name",
                    "Room A",
                    "seats",
                    6)));
    postJson(
        "/api/v1/price-rules",
        Map.of(
            "resourceTypeId",
            roomType,
            "kind",
            "RATE",
            "label",
            "List",
            "amount",
            5000,
            "unit",
            "HOUR"));
    printing =
        id(
            postJson(
                "/api/v1/services",
                Map.of(
                    "code",
                    "PRINTING",
                    "name",
                    "Printing",
                    "unit",
                    "PAGE",
                    "price",
                    20,
                    "allowanceKind",
                    "PRINTED_PAGES")));
    coffee =
        id(
            postJson(
                "/api/v1/services",
                Map.of(
                    "code",
                    "PREMIUM_COFFEE",
                    "name",
                    "Premium coffee",
                    "unit",
                    "PIECE",
                    "price",
                    300)));
  }

  /** A Resident member from {@code startsOn}; answers the member's id. */
  UUID resident(String firstName, LocalDate startsOn) throws Exception {
    UUID member = member(firstName, "Resident");
    postJson(
        "/api/v1/memberships",
        Map.of(
            "memberId",
            member,
            "planId",
            plan,
            "locationId",
            t.locationId(),
            "startsOn",
            startsOn.toString()));
    return member;
  }

  /** A member without a membership; answers her id. */
  UUID member(String firstName, String lastName) throws Exception {
    return id(
        postJson(
            "/api/v1/members",
            Map.of(
                "firstName",
                firstName,
                "lastName",
                lastName,
                "email",
                firstName.toLowerCase() + "-" + UUID.randomUUID() + "@example.kz")));
  }

  static Map<String, Object> residentPlan() {
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
            Map.of("kind", "PRINTED_PAGES", "quantity", 100)));
    body.put("bookingDiscountPercent", 20);
    body.put("locationAccess", "HOME");
    body.put("accessSchedule", "OPENING_HOURS");
    body.put("canBookDesks", true);
    body.put("canBookRooms", true);
    return body;
  }

  static Instant at(LocalDate day, double hour) {
    return LocalDateTime.of(day, LocalTime.MIN)
        .plusMinutes((long) (hour * 60))
        .atZone(ALMATY)
        .toInstant();
  }

  JsonNode book(UUID member, LocalDate day, double from, double to) throws Exception {
    return postJson(
        "/api/v1/bookings",
        Map.of(
            "resourceId",
            room,
            "memberId",
            member,
            "start",
            at(day, from).toString(),
            "end",
            at(day, to).toString()));
  }

  JsonNode use(UUID member, UUID service, int quantity, Instant occurredAt) throws Exception {
    return postJson(
        "/api/v1/service-usages",
        Map.of(
            "memberId",
            member,
            "serviceId",
            service,
            "quantity",
            quantity,
            "occurredAt",
            occurredAt.toString()));
  }

  /** Starts the run of {@code period} and waits for it to finish; answers the finished run. */
  JsonNode run(String period) throws Exception {
    JsonNode started = postJson("/api/v1/invoice-runs", Map.of("period", period));
    return await(started.get("id").asText());
  }

  JsonNode await(String runId) throws Exception {
    long until = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < until) {
      JsonNode r = getJson("/api/v1/invoice-runs/" + runId);
      if (!r.get("status").asText().equals("RUNNING")) return r;
      Thread.sleep(50);
    }
    throw new AssertionError("the run did not finish");
  }

  MockHttpServletResponse send(String path, Object body) throws Exception {
    return mvc.perform(
            post(path)
                .header(HttpHeaders.AUTHORIZATION, t.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)))
        .andReturn()
        .getResponse();
  }

  JsonNode postJson(String path, Object body) throws Exception {
    var response = send(path, body);
    if (response.getStatus() >= 300) {
      throw new IllegalStateException(
          path + ": " + response.getStatus() + " " + response.getContentAsString());
    }
    return json.readTree(response.getContentAsString());
  }

  JsonNode getJson(String path) throws Exception {
    var response =
        mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, t.bearer()))
            .andReturn()
            .getResponse();
    if (response.getStatus() >= 300) {
      throw new IllegalStateException(
          path + ": " + response.getStatus() + " " + response.getContentAsString());
    }
    return json.readTree(response.getContentAsString());
  }

  byte[] getBytes(String path) throws Exception {
    return mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  static UUID id(JsonNode node) {
    return UUID.fromString(node.get("id").asText());
  }
}
