package app.atrium.allowances;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.atrium.members.MemberDraft;
import app.atrium.members.Members;
import app.atrium.plans.MembershipDraft;
import app.atrium.plans.Memberships;
import app.atrium.pricing.PriceRuleDraft;
import app.atrium.pricing.Pricing;
import app.atrium.pricing.RateUnit;
import app.atrium.pricing.RuleKind;
import app.atrium.spaces.BookedBy;
import app.atrium.spaces.ResourceDraft;
import app.atrium.spaces.ResourceKind;
import app.atrium.spaces.ResourceTypeDraft;
import app.atrium.spaces.ResourceTypes;
import app.atrium.spaces.Resources;
import app.atrium.support.IntegrationTest;
import app.atrium.support.TestTenant;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

/**
 * A coworking whose meeting rooms draw on included hours (free to cancel until 2 h before), at 5
 * 000 ₸/h, and a Resident (5 h a month, −20 % on bookings) on it from 1 January 2027.
 */
abstract class AllowanceFixture extends IntegrationTest {

  static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

  @Autowired Resources resources;
  @Autowired ResourceTypes types;
  @Autowired Members members;
  @Autowired Memberships memberships;
  @Autowired Pricing pricing;

  TestTenant t;
  UUID roomType;
  List<UUID> rooms = new ArrayList<>();
  UUID plan;
  UUID member;
  UUID membership;

  void setUpCoworking(int roomCount) throws Exception {
    t = newTenant();
    // Monday 4 January 2027, 08:00 in Almaty.
    clock.setInstant(at(LocalDate.of(2027, 1, 4), 8));
    plan = UUID.fromString(postJson("/api/v1/plans", residentPlan()).get("id").asText());
    inTenant(
        t.tenantId(),
        () -> {
          roomType =
              types
                  .create(
                      new ResourceTypeDraft(
                          "Meeting room",
                          "room",
                          ResourceKind.EXCLUSIVE,
                          true,
                          30,
                          30,
                          480,
                          BookedBy.MEMBERS,
                          true,
                          120))
                  .id();
          for (int i = 0; i < roomCount; i++) {
            rooms.add(
                resources
                    .create(
                        new ResourceDraft(
                            t.locationId(),
                            roomType,
                            "Room " + (char) ('A' + i),
                            "",
                            6,
                            "",
                            List.of(),
                            null,
                            null,
                            null))
                    .id());
          }
          pricing.createRule(
              new PriceRuleDraft(
                  roomType,
                  null,
                  RuleKind.RATE,
                  "List",
                  new BigDecimal("5000"),
                  RateUnit.HOUR,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null));
          member =
              members
                  .create(new MemberDraft("Asel", "Resident", null, null, null, null, List.of()))
                  .id();
          membership =
              memberships
                  .start(
                      new MembershipDraft(member, plan, t.locationId(), LocalDate.of(2027, 1, 1)))
                  .id();
          return null;
        });
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
    return LocalDateTime.of(day, java.time.LocalTime.MIN)
        .plusMinutes((long) (hour * 60))
        .atZone(ALMATY)
        .toInstant();
  }

  MockHttpServletResponse book(UUID room, Instant start, Instant end) throws Exception {
    return send(
        "/api/v1/bookings",
        Map.of(
            "resourceId",
            room,
            "memberId",
            member,
            "start",
            start.toString(),
            "end",
            end.toString()));
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
      throw new IllegalStateException(response.getStatus() + " " + response.getContentAsString());
    }
    return json.readTree(response.getContentAsString());
  }

  JsonNode getJson(String path) throws Exception {
    return json.readTree(
        mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, t.bearer()))
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  /** The member's meeting-room balance of January 2027 as the API shows it. */
  JsonNode roomHours() throws Exception {
    for (JsonNode b : getJson("/api/v1/allowances?memberId=" + member + "&month=2027-01")) {
      if (b.get("kind").asText().equals("MEETING_ROOM_HOURS")) return b;
    }
    throw new AssertionError("no meeting-room balance");
  }

  /** What the ledger's entries add up to, against the balance row, as the database has them. */
  BigDecimal[] ledgerAndBalanceUsed() {
    return inTenant(
        t.tenantId(),
        () ->
            db.sql(
                    "SELECT a.used, (SELECT coalesce(sum(e.used), 0) FROM allowance_entry e"
                        + " WHERE e.account_id = a.id) FROM allowance_account a"
                        + " WHERE a.member_id = ? AND a.kind = 'MEETING_ROOM_HOURS'")
                .param(member)
                .query((rs, i) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)})
                .single());
  }
}
