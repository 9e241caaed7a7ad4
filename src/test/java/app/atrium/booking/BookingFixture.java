package app.atrium.booking;

import app.atrium.members.MemberDraft;
import app.atrium.members.Members;
import app.atrium.spaces.BookedBy;
import app.atrium.spaces.ResourceDraft;
import app.atrium.spaces.ResourceKind;
import app.atrium.spaces.ResourceTypeDraft;
import app.atrium.spaces.ResourceTypes;
import app.atrium.spaces.Resources;
import app.atrium.support.IntegrationTest;
import app.atrium.support.TestTenant;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/** A small coworking for booking tests: two rooms, an event zone made of them, 20 hot desks. */
abstract class BookingFixture extends IntegrationTest {

  static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

  @Autowired Resources resources;
  @Autowired ResourceTypes types;
  @Autowired Members members;

  TestTenant t;
  UUID roomA;
  UUID roomB;
  UUID zone;
  UUID desks;
  UUID member;

  void setUpCoworking() {
    t = newTenant();
    inTenant(
        t.tenantId(),
        () -> {
          var room =
              types.create(
                  new ResourceTypeDraft(
                      "Meeting room",
                      "room",
                      ResourceKind.EXCLUSIVE,
                      true,
                      30,
                      30,
                      480,
                      BookedBy.MEMBERS));
          var event =
              types.create(
                  new ResourceTypeDraft(
                      "Event zone",
                      "event",
                      ResourceKind.COMPOSITE,
                      true,
                      30,
                      60,
                      null,
                      BookedBy.STAFF_ONLY));
          var desk =
              types.create(
                  new ResourceTypeDraft(
                      "Hot desk",
                      "desk",
                      ResourceKind.CAPACITY,
                      true,
                      60,
                      60,
                      null,
                      BookedBy.MEMBERS));
          roomA = resources.create(draft(room.id(), "Hall A", null, null)).id();
          roomB = resources.create(draft(room.id(), "Hall B", null, null)).id();
          zone =
              resources
                  .create(
                      new ResourceDraft(
                          t.locationId(),
                          event.id(),
                          "Event zone",
                          "",
                          60,
                          "",
                          List.of(),
                          null,
                          null,
                          List.of(roomA, roomB),
                          null))
                  .id();
          desks = resources.create(draft(desk.id(), "Open space", 20, "Desk")).id();
          member =
              members
                  .create(new MemberDraft("Asel", "Test", null, null, null, null, List.of()))
                  .id();
          return null;
        });
  }

  private UUID roomPlan;

  /**
   * A member with a portal login (password: the tenant's) and an active plan that books rooms from
   * today; returns her email.
   */
  String memberWithLogin(String firstName) throws Exception {
    if (roomPlan == null) {
      var plan =
          post(
              "/api/v1/plans",
              Map.ofEntries(
                  Map.entry("code", "FLEX" + System.nanoTime() % 100000),
                  Map.entry("name", "Flex"),
                  Map.entry("price", 45000),
                  Map.entry("period", "MONTH"),
                  Map.entry("workplace", "ANY_DESK"),
                  Map.entry("locationAccess", "HOME"),
                  Map.entry("accessSchedule", "OPENING_HOURS"),
                  Map.entry("canBookDesks", true),
                  Map.entry("canBookRooms", true)),
              t.bearer(),
              Map.of());
      if (plan.getStatus() != 201) throw new IllegalStateException(plan.getContentAsString());
      roomPlan = UUID.fromString(body(plan).get("id").asText());
    }
    String email =
        firstName.toLowerCase()
            + "-"
            + UUID.randomUUID().toString().substring(0, 8)
            + "@test.atrium";
    UUID memberId =
        inTenant(
            t.tenantId(),
            () -> {
              UUID account =
                  accounts.grant(
                      email, firstName + " Member", app.atrium.platform.security.Role.MEMBER);
              accounts.setInitialPassword(account, t.password());
              var card =
                  members.create(
                      new MemberDraft(firstName, "Member", email, null, null, null, List.of()));
              members.linkAccount(card.id(), account);
              return card.id();
            });
    var membership =
        post(
            "/api/v1/memberships",
            Map.of(
                "memberId",
                memberId,
                "planId",
                roomPlan,
                "locationId",
                t.locationId(),
                "startsOn",
                LocalDate.now(ALMATY).toString()),
            t.bearer(),
            Map.of());
    if (membership.getStatus() != 201) {
      throw new IllegalStateException(membership.getContentAsString());
    }
    return email;
  }

  private ResourceDraft draft(UUID type, String name, Integer units, String unitLabel) {
    return new ResourceDraft(
        t.locationId(), type, name, "", 8, "", List.of(), units, unitLabel, List.of(), null);
  }

  /** A local time on a future day, as an instant. */
  static Instant at(int daysAhead, int hour, int minute) {
    return LocalDate.now(ALMATY)
        .plusDays(daysAhead)
        .atTime(hour, minute)
        .atZone(ALMATY)
        .toInstant();
  }

  MockHttpServletResponse post(String path, Object body, String bearer, Map<String, String> headers)
      throws Exception {
    var req =
        MockMvcRequestBuilders.post(path)
            .header("Authorization", bearer)
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(body));
    headers.forEach(req::header);
    return mvc.perform(req).andReturn().getResponse();
  }

  MockHttpServletResponse book(UUID resource, Instant start, Instant end) throws Exception {
    return post(
        "/api/v1/bookings",
        Map.of(
            "resourceId",
            resource,
            "memberId",
            member,
            "start",
            start.toString(),
            "end",
            end.toString()),
        t.bearer(),
        Map.of());
  }

  JsonNode body(MockHttpServletResponse r) throws Exception {
    return json.readTree(r.getContentAsString());
  }
}
