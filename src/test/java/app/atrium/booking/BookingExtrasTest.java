package app.atrium.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import app.atrium.members.Members;
import app.atrium.platform.security.Role;
import app.atrium.support.IntegrationTest;
import app.atrium.support.TestTenant;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Extras on a booking (a projector, coffee breaks), through the public API: recorded as the
 * member's usage of the booking's start in the booking's own transaction, taken back by a
 * cancellation in time, kept by a late one, priced in quotes as she would pay them.
 *
 * <p>A coworking made for it: meeting rooms at 5 000 ₸/h that draw on included hours and are free
 * to cancel until two hours before; Asel a Resident (5 h of rooms, −20 %), Dana on Office, whose
 * plan includes coffee breaks; a projector at 2 000 ₸ per booking and coffee breaks at 1 500 ₸ per
 * person offered on bookings, and printing, which is not.
 */
class BookingExtrasTest extends IntegrationTest {

  static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

  /** Wednesday 6 January 2027: the day booked. */
  static final LocalDate DAY = LocalDate.of(2027, 1, 6);

  @Autowired Members members;

  TestTenant t;
  UUID room;
  UUID asel;
  UUID dana;
  UUID printing;

  record Answer(int status, JsonNode body) {}

  @BeforeEach
  void coworking() throws Exception {
    clock.setInstant(at(LocalDate.of(2026, 12, 28), 9));
    t = newTenant();
    UUID resident = id(ok(send(post("/api/v1/plans"), plan("RESIDENT", "Resident", 20))));
    UUID office = id(ok(send(post("/api/v1/plans"), plan("OFFICE", "Office", 0))));
    Map<String, Object> type = new LinkedHashMap<>();
    type.put("name", "Meeting room");
    type.put("code", "room");
    type.put("kind", "EXCLUSIVE");
    type.put("slotMinutes", 30);
    type.put("usesRoomHours", true);
    type.put("freeCancelMinutes", 120);
    UUID roomType = id(ok(send(post("/api/v1/resource-types"), type)));
    room =
        id(
            ok(
                send(
                    post("/api/v1/resources"),
                    Map.of("locationId", t.locationId(), "typeId", roomType, "name", "Room A"))));
    ok(
        send(
            post("/api/v1/price-rules"),
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
                "HOUR")));
    ok(send(post("/api/v1/services"), service("PROJECTOR", "Projector", "BOOKING", 2000, true)));
    Map<String, Object> coffeeBreak = service("COFFEE_BREAK", "Coffee break", "PIECE", 1500, true);
    coffeeBreak.put("includedPlanIds", List.of(office));
    ok(send(post("/api/v1/services"), coffeeBreak));
    printing =
        id(ok(send(post("/api/v1/services"), service("PRINTING", "Printing", "PAGE", 20, false))));
    asel = member("Asel", resident);
    dana = member("Dana", office);
    clock.setInstant(at(LocalDate.of(2027, 1, 4), 8));
  }

  @Test
  void a_booking_with_extras_records_them_as_her_usage_of_its_start_and_her_month_shows_them()
      throws Exception {
    Answer booked = book(asel, 10, 11, List.of(extra("PROJECTOR", 1), extra("COFFEE_BREAK", 12)));

    assertThat(booked.status()).as(booked.body().toString()).isEqualTo(201);
    String bookingId = booked.body().get("id").asText();
    JsonNode extras = booked.body().get("extras");
    assertThat(extras).hasSize(2);
    assertExtra(extras.get(0), "PROJECTOR", "1", "0", "2000");
    assertExtra(extras.get(1), "COFFEE_BREAK", "12", "0", "18000");
    // The booking's own price is the room's alone: her included hours cover the hour.
    JsonNode price = booked.body().get("price");
    assertThat(price.get("total").decimalValue()).isEqualByComparingTo("0");
    assertThat(price.has("extras")).isFalse();
    assertThat(price.has("totalWithExtras")).isFalse();

    JsonNode usage = ok(send(get("/api/v1/service-usages?memberId=" + asel + "&month=2027-01")));
    assertThat(usage.get("amount").decimalValue()).isEqualByComparingTo("20000");
    List<JsonNode> entries = list(usage.get("entries"));
    assertThat(entries).hasSize(2);
    for (JsonNode e : entries) {
      assertThat(e.get("source").asText()).isEqualTo("BOOKING");
      assertThat(e.get("bookingId").asText()).isEqualTo(bookingId);
      assertThat(Instant.parse(e.get("occurredAt").asText())).isEqualTo(at(DAY, 10));
      assertThat(e.get("period").asText()).isEqualTo("2027-01");
    }
    JsonNode statement =
        ok(send(get("/api/v1/statements/month?memberId=" + asel + "&month=2027-01")));
    assertThat(statement.get("servicesAmount").decimalValue()).isEqualByComparingTo("20000");
    assertThat(list(statement.get("services")))
        .extracting(
            s ->
                s.get("serviceCode").asText()
                    + " "
                    + s.get("amount").decimalValue().stripTrailingZeros().toPlainString())
        .containsExactly("PROJECTOR 2000", "COFFEE_BREAK 18000");
    // Read back, the booking names its extras.
    JsonNode read = ok(send(get("/api/v1/bookings/" + bookingId)));
    assertThat(read.get("extras")).isEqualTo(extras);
  }

  @Test
  void an_extra_refused_leaves_nothing_booked_and_nothing_recorded() throws Exception {
    Answer refused = book(asel, 10, 11, List.of(extra("PROJECTOR", 1), extra("PRINTING", 1)));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body().get("detail").asText())
        .contains("extras[1].serviceCode", "'PRINTING' is not an extra offered on bookings")
        .contains("PROJECTOR", "COFFEE_BREAK");
    assertThat(rows("booking")).isZero();
    assertThat(rows("service_usage")).isZero();

    assertThat(book(asel, 10, 11, List.of(extra("PROJECTOR", 1), extra("PROJECTOR", 2))).status())
        .isEqualTo(422);
    assertThat(book(asel, 10, 11, List.of(extra("PROJECTOR", 0))).status()).isEqualTo(422);
    assertThat(book(asel, 10, 11, List.of(extra("PROJECTOR", 1001))).status()).isEqualTo(422);
    assertThat(book(asel, 10, 11, List.of(extra("NO_SUCH", 1))).status()).isEqualTo(422);
    Answer guest =
        send(
            post("/api/v1/bookings"),
            Map.of(
                "resourceId",
                room,
                "guestName",
                "Walk-in",
                "start",
                at(DAY, 10).toString(),
                "end",
                at(DAY, 11).toString(),
                "extras",
                List.of(extra("PROJECTOR", 1))));
    assertThat(guest.status()).isEqualTo(400);
    assertThat(guest.body().get("type").asText()).endsWith("extras-need-a-member");
    assertThat(rows("booking")).isZero();
    assertThat(rows("service_usage")).isZero();

    // The slot stayed free all along.
    assertThat(book(asel, 10, 11, List.of(extra("PROJECTOR", 1))).status()).isEqualTo(201);
  }

  @Test
  void a_service_taken_off_bookings_can_no_longer_be_ticked() throws Exception {
    JsonNode projector = service("PROJECTOR");
    Map<String, Object> draft = service("PROJECTOR", "Projector", "BOOKING", 2000, false);
    JsonNode changed = ok(send(put("/api/v1/services/" + projector.get("id").asText()), draft));
    assertThat(changed.get("bookingExtra").asBoolean()).isFalse();

    assertThat(book(asel, 10, 11, List.of(extra("PROJECTOR", 1))).status()).isEqualTo(422);
    assertThat(rows("booking")).isZero();
  }

  @Test
  void a_cancellation_in_time_takes_the_extras_back_and_a_late_one_keeps_them() throws Exception {
    String early = book(asel, 10, 11, List.of(extra("PROJECTOR", 1))).body().get("id").asText();
    String late = book(asel, 14, 15, List.of(extra("PROJECTOR", 1))).body().get("id").asText();

    // Three hours before the first: in time (two are needed).
    clock.setInstant(at(DAY, 7));
    JsonNode cancelled = ok(send(post("/api/v1/bookings/" + early + "/cancel"), Map.of()));
    assertThat(cancelled.get("extras").get(0).get("quantity").decimalValue()).isZero();
    assertThat(cancelled.get("extras").get(0).get("amount").decimalValue()).isZero();
    // An hour before the second: too late, it stays charged.
    clock.setInstant(at(DAY, 13));
    JsonNode kept = ok(send(post("/api/v1/bookings/" + late + "/cancel"), Map.of()));
    assertExtra(kept.get("extras").get(0), "PROJECTOR", "1", "0", "2000");

    JsonNode usage = ok(send(get("/api/v1/service-usages?memberId=" + asel + "&month=2027-01")));
    assertThat(usage.get("amount").decimalValue()).isEqualByComparingTo("2000");
    List<JsonNode> corrections =
        list(usage.get("entries")).stream().filter(e -> e.hasNonNull("correctsId")).toList();
    assertThat(corrections).hasSize(1);
    JsonNode c = corrections.getFirst();
    assertThat(c.get("reason").asText()).isEqualTo("booking cancelled in time");
    assertThat(c.get("amount").decimalValue()).isEqualByComparingTo("-2000");
    assertThat(c.get("source").asText()).isEqualTo("BOOKING");
    assertThat(c.get("bookingId").asText()).isEqualTo(early);
    // Cancelling again takes nothing more.
    ok(send(post("/api/v1/bookings/" + early + "/cancel"), Map.of()));
    assertThat(rows("service_usage")).isEqualTo(3);
  }

  @Test
  void a_staff_correction_of_an_extra_stays_with_the_booking_and_a_cancellation_takes_the_rest()
      throws Exception {
    JsonNode booked = book(asel, 10, 11, List.of(extra("COFFEE_BREAK", 10))).body();
    String bookingId = booked.get("id").asText();
    String usageId = booked.get("extras").get(0).get("usageId").asText();

    JsonNode correction =
        ok(
            send(
                post("/api/v1/service-usages/" + usageId + "/corrections"),
                Map.of("quantity", 4, "reason", "only six came")));

    assertThat(correction.get("source").asText()).isEqualTo("BOOKING");
    assertThat(correction.get("bookingId").asText()).isEqualTo(bookingId);
    assertExtra(
        ok(send(get("/api/v1/bookings/" + bookingId))).get("extras").get(0),
        "COFFEE_BREAK",
        "6",
        "0",
        "9000");
    clock.setInstant(at(DAY, 7));
    JsonNode cancelled = ok(send(post("/api/v1/bookings/" + bookingId + "/cancel"), Map.of()));
    assertExtra(cancelled.get("extras").get(0), "COFFEE_BREAK", "0", "0", "0");
    JsonNode usage = ok(send(get("/api/v1/service-usages?memberId=" + asel + "&month=2027-01")));
    assertThat(usage.get("amount").decimalValue()).isEqualByComparingTo("0");
    assertThat(list(usage.get("entries")))
        .extracting(e -> e.get("quantity").decimalValue().stripTrailingZeros().toPlainString())
        .containsExactly("10", "-4", "-6");
  }

  @Test
  void a_moved_booking_keeps_its_extras() throws Exception {
    JsonNode booked = book(asel, 10, 11, List.of(extra("PROJECTOR", 1))).body();

    JsonNode moved =
        ok(
            send(
                post("/api/v1/bookings/" + booked.get("id").asText() + "/reschedule"),
                Map.of("start", at(DAY, 16).toString(), "end", at(DAY, 17).toString())));

    assertThat(moved.get("extras")).isEqualTo(booked.get("extras"));
    assertThat(rows("service_usage")).isEqualTo(1);
  }

  @Test
  void a_quote_prices_each_extra_as_the_member_pays_it_and_totals_them_with_the_room()
      throws Exception {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("resourceId", room);
    request.put("memberId", asel);
    request.put("start", at(DAY, 10).toString());
    request.put("end", at(DAY, 16).toString());
    request.put("extras", List.of(extra("PROJECTOR", 1), extra("COFFEE_BREAK", 2)));

    JsonNode quote = ok(send(post("/api/v1/quotes"), request));

    // 5 h included, the sixth at 5 000 − 20 %.
    assertThat(quote.get("total").decimalValue()).isEqualByComparingTo("4000");
    assertExtra(quote.get("extras").get(0), "PROJECTOR", "1", "0", "2000");
    assertExtra(quote.get("extras").get(1), "COFFEE_BREAK", "2", "0", "3000");
    assertThat(quote.get("totalWithExtras").decimalValue()).isEqualByComparingTo("9000");
    assertThat(quote.get("extras").get(1).get("unitPrice").decimalValue())
        .isEqualByComparingTo("1500");

    // Dana's plan includes coffee breaks: free for her.
    request.put("memberId", dana);
    JsonNode hers = ok(send(post("/api/v1/quotes"), request));
    assertExtra(hers.get("extras").get(1), "COFFEE_BREAK", "2", "2", "0");
    assertThat(hers.get("totalWithExtras").decimalValue())
        .isEqualByComparingTo(hers.get("total").decimalValue().add(new BigDecimal("2000")));

    // Without extras a quote reads as it always has.
    request.remove("extras");
    JsonNode plain = ok(send(post("/api/v1/quotes"), request));
    assertThat(plain.has("extras")).isFalse();
    assertThat(plain.has("totalWithExtras")).isFalse();

    // A guest's booking has none.
    request.remove("memberId");
    request.put("extras", List.of(extra("PROJECTOR", 1)));
    assertThat(send(post("/api/v1/quotes"), request).status()).isEqualTo(400);
  }

  @Test
  void a_member_booking_for_herself_adds_extras_and_pays_what_her_plan_does_not_include()
      throws Exception {
    String email = "dana-" + t.slug() + "@test.atrium";
    inTenant(
        t.tenantId(),
        () -> {
          UUID account = accounts.grant(email, "Dana Office", Role.MEMBER);
          accounts.setInitialPassword(account, t.password());
          members.linkAccount(dana, account);
          return null;
        });
    String bearer = "Bearer " + token(email, t.password(), t.slug());

    Answer booked =
        send(
            post("/api/v1/bookings"),
            Map.of(
                "resourceId",
                room,
                "start",
                at(DAY, 10).toString(),
                "end",
                at(DAY, 11).toString(),
                "extras",
                List.of(extra("PROJECTOR", 1), extra("COFFEE_BREAK", 4))),
            bearer);

    assertThat(booked.status()).as(booked.body().toString()).isEqualTo(201);
    assertExtra(booked.body().get("extras").get(0), "PROJECTOR", "1", "0", "2000");
    assertExtra(booked.body().get("extras").get(1), "COFFEE_BREAK", "4", "4", "0");
    JsonNode usage = ok(send(get("/api/v1/service-usages?memberId=" + dana + "&month=2027-01")));
    assertThat(list(usage.get("entries")))
        .allSatisfy(e -> assertThat(e.get("recordedBy").asText()).isEqualTo("Dana Office"));
  }

  // ---------------------------------------------------------------------------------------------

  private Answer book(UUID member, int from, int to, List<Map<String, Object>> extras)
      throws Exception {
    return send(
        post("/api/v1/bookings"),
        Map.of(
            "resourceId",
            room,
            "memberId",
            member,
            "start",
            at(DAY, from).toString(),
            "end",
            at(DAY, to).toString(),
            "extras",
            extras));
  }

  private static Map<String, Object> extra(String code, int quantity) {
    return Map.of("serviceCode", code, "quantity", quantity);
  }

  private static void assertExtra(
      JsonNode extra, String code, String quantity, String included, String amount) {
    assertThat(extra.get("serviceCode").asText()).isEqualTo(code);
    assertThat(extra.get("quantity").decimalValue()).isEqualByComparingTo(quantity);
    assertThat(extra.get("includedQuantity").decimalValue()).isEqualByComparingTo(included);
    assertThat(extra.get("amount").decimalValue()).isEqualByComparingTo(amount);
  }

  private long rows(String table) {
    return inTenant(
        t.tenantId(), () -> db.sql("SELECT count(*) FROM " + table).query(Long.class).single());
  }

  private JsonNode service(String code) throws Exception {
    for (JsonNode s : ok(send(get("/api/v1/services")))) {
      if (s.get("code").asText().equals(code)) return s;
    }
    throw new AssertionError("no service " + code);
  }

  private UUID member(String firstName, UUID plan) throws Exception {
    UUID member =
        id(
            ok(
                send(
                    post("/api/v1/members"),
                    Map.of(
                        "firstName",
                        firstName,
                        "lastName",
                        "Member",
                        "email",
                        firstName.toLowerCase() + "-" + UUID.randomUUID() + "@example.kz"))));
    ok(
        send(
            post("/api/v1/memberships"),
            Map.of(
                "memberId",
                member,
                "planId",
                plan,
                "locationId",
                t.locationId(),
                "startsOn",
                "2027-01-01")));
    return member;
  }

  private static Map<String, Object> plan(String code, String name, int discount) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("name", name);
    body.put("price", 85000);
    body.put("period", "MONTH");
    body.put("workplace", "FIXED_DESK");
    body.put("allowances", List.of(Map.of("kind", "MEETING_ROOM_HOURS", "quantity", 5)));
    body.put("bookingDiscountPercent", discount);
    body.put("locationAccess", "HOME");
    body.put("accessSchedule", "OPENING_HOURS");
    body.put("canBookDesks", true);
    body.put("canBookRooms", true);
    return body;
  }

  private static Map<String, Object> service(
      String code, String name, String unit, int price, boolean extra) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("name", name);
    body.put("unit", unit);
    body.put("price", price);
    body.put("bookingExtra", extra);
    return body;
  }

  static Instant at(LocalDate day, int hour) {
    return LocalDateTime.of(day, LocalTime.of(hour, 0)).atZone(ALMATY).toInstant();
  }

  private Answer send(MockHttpServletRequestBuilder request) throws Exception {
    return send(request, null, t.bearer());
  }

  private Answer send(MockHttpServletRequestBuilder request, Object body) throws Exception {
    return send(request, body, t.bearer());
  }

  private Answer send(MockHttpServletRequestBuilder request, Object body, String bearer)
      throws Exception {
    request.header(HttpHeaders.AUTHORIZATION, bearer);
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }
    var response = mvc.perform(request).andReturn().getResponse();
    String text = response.getContentAsString();
    return new Answer(response.getStatus(), text.isEmpty() ? null : json.readTree(text));
  }

  private static JsonNode ok(Answer a) {
    if (a.status() >= 300) throw new IllegalStateException(a.status() + " " + a.body());
    return a.body();
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  private static UUID id(JsonNode node) {
    return UUID.fromString(node.get("id").asText());
  }
}
