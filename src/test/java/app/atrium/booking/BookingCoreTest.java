package app.atrium.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BookingCoreTest extends BookingFixture {

  @BeforeEach
  void coworking() {
    setUpCoworking();
  }

  @Test
  void refuses_a_second_booking_of_the_same_slot_with_alternatives() throws Exception {
    assertThat(book(roomA, at(1, 14, 0), at(1, 15, 0)).getStatus()).isEqualTo(201);
    var second = book(roomA, at(1, 14, 30), at(1, 15, 30));
    assertThat(second.getStatus()).isEqualTo(409);
    var problem = body(second);
    assertThat(problem.get("type").asText()).endsWith("/slot-taken");
    assertThat(problem.get("detail").asText()).contains("Hall A");
    var alternatives = problem.get("alternatives");
    assertThat(alternatives.size()).isPositive();
    // The nearest free time of the same room, and the other room at the same time.
    assertThat(alternatives.toString()).contains(at(1, 15, 0).toString(), roomB.toString());
  }

  @Test
  void back_to_back_bookings_do_not_clash() throws Exception {
    assertThat(book(roomA, at(1, 10, 0), at(1, 11, 0)).getStatus()).isEqualTo(201);
    assertThat(book(roomA, at(1, 11, 0), at(1, 12, 0)).getStatus()).isEqualTo(201);
  }

  @Test
  void an_event_zone_blocks_its_rooms_and_a_room_blocks_the_zone() throws Exception {
    assertThat(book(zone, at(2, 10, 0), at(2, 12, 0)).getStatus()).isEqualTo(201);
    assertThat(book(roomB, at(2, 11, 0), at(2, 11, 30)).getStatus()).isEqualTo(409);
    assertThat(book(roomA, at(3, 15, 0), at(3, 16, 0)).getStatus()).isEqualTo(201);
    var zoneOverRoom = book(zone, at(3, 14, 0), at(3, 18, 0));
    assertThat(zoneOverRoom.getStatus()).isEqualTo(409);
    assertThat(body(zoneOverRoom).get("detail").asText()).contains("Event zone");
  }

  @Test
  void any_free_desk_takes_one_desk_until_all_twenty_are_taken() throws Exception {
    var units = new java.util.HashSet<String>();
    for (int i = 0; i < 20; i++) {
      var r = book(desks, at(1, 9, 0), at(1, 18, 0));
      assertThat(r.getStatus()).isEqualTo(201);
      units.add(body(r).get("unitIds").get(0).asText());
    }
    assertThat(units).hasSize(20);
    assertThat(book(desks, at(1, 17, 0), at(1, 18, 0)).getStatus()).isEqualTo(409);
  }

  @Test
  void rescheduling_onto_a_taken_slot_leaves_the_original_booking_intact() throws Exception {
    var mine = body(book(roomA, at(1, 10, 0), at(1, 11, 0)));
    assertThat(book(roomA, at(1, 14, 0), at(1, 15, 0)).getStatus()).isEqualTo(201);
    String id = mine.get("id").asText();
    var move =
        post(
            "/api/v1/bookings/" + id + "/reschedule",
            Map.of("start", at(1, 14, 30).toString(), "end", at(1, 15, 30).toString()),
            t.bearer(),
            Map.of());
    assertThat(move.getStatus()).isEqualTo(409);
    var after =
        body(
            mvc.perform(
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                            "/api/v1/bookings/" + id)
                        .header("Authorization", t.bearer()))
                .andReturn()
                .getResponse());
    assertThat(after.get("start").asText()).isEqualTo(at(1, 10, 0).toString());
    assertThat(after.get("unitIds").size()).isEqualTo(1);
    // The original slot is still held: nobody else can take it.
    assertThat(book(roomA, at(1, 10, 0), at(1, 10, 30)).getStatus()).isEqualTo(409);
    // And a move to a free slot frees the old one.
    var ok =
        post(
            "/api/v1/bookings/" + id + "/reschedule",
            Map.of("start", at(1, 16, 0).toString(), "end", at(1, 17, 0).toString()),
            t.bearer(),
            Map.of());
    assertThat(ok.getStatus()).isEqualTo(200);
    assertThat(book(roomA, at(1, 10, 0), at(1, 10, 30)).getStatus()).isEqualTo(201);
  }

  @Test
  void a_cancelled_slot_is_free_at_once_and_the_history_says_who_did_what() throws Exception {
    String id = body(book(roomA, at(1, 10, 0), at(1, 11, 0))).get("id").asText();
    assertThat(
            post("/api/v1/bookings/" + id + "/cancel", Map.of(), t.bearer(), Map.of()).getStatus())
        .isEqualTo(200);
    assertThat(book(roomA, at(1, 10, 0), at(1, 11, 0)).getStatus()).isEqualTo(201);
    var history =
        body(
            mvc.perform(
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                            "/api/v1/bookings/" + id + "/history")
                        .header("Authorization", t.bearer()))
                .andReturn()
                .getResponse());
    assertThat(history.size()).isEqualTo(2);
    assertThat(history.get(0).get("action").asText()).isEqualTo("BOOKED");
    assertThat(history.get(1).get("action").asText()).isEqualTo("CANCELLED");
    assertThat(history.get(1).get("channel").asText()).isEqualTo("API");
    assertThat(history.get(1).get("actor").asText()).startsWith("Owner");
  }

  @Test
  void the_rules_refuse_with_a_reason() throws Exception {
    assertThat(type(book(roomA, at(-1, 10, 0), at(-1, 11, 0)))).endsWith("/in-the-past");
    assertThat(type(book(roomA, at(1, 7, 0), at(1, 8, 30)))).endsWith("/outside-opening-hours");
    assertThat(type(book(roomA, at(1, 21, 30), at(1, 22, 30)))).endsWith("/outside-opening-hours");
    assertThat(type(book(roomA, at(1, 10, 15), at(1, 11, 15)))).endsWith("/off-slot-grid");
    assertThat(type(book(roomA, at(1, 9, 0), at(1, 18, 0)))).endsWith("/bad-length");
    assertThat(type(book(roomA, at(1, 11, 0), at(1, 10, 0)))).endsWith("/bad-time-range");
    var unknown = book(UUID.randomUUID(), at(1, 10, 0), at(1, 11, 0));
    assertThat(unknown.getStatus()).isEqualTo(422);
    assertThat(body(unknown).get("errors").get(0).get("field").asText()).isEqualTo("resourceId");
  }

  @Test
  void a_weekly_series_reports_the_weeks_it_could_not_book() throws Exception {
    assertThat(book(roomA, at(15, 10, 0), at(15, 11, 0)).getStatus()).isEqualTo(201);
    var r =
        post(
            "/api/v1/bookings/series",
            Map.of(
                "resourceId",
                roomA,
                "memberId",
                member,
                "start",
                at(1, 10, 0).toString(),
                "end",
                at(1, 11, 0).toString(),
                "weeks",
                4),
            t.bearer(),
            Map.of());
    assertThat(r.getStatus()).isEqualTo(201);
    var result = body(r);
    assertThat(result.get("booked").size()).isEqualTo(3);
    assertThat(result.get("refused").size()).isEqualTo(1);
    assertThat(result.get("refused").get(0).get("type").asText()).isEqualTo("slot-taken");
  }

  @Test
  void retrying_a_post_with_the_same_idempotency_key_books_once() throws Exception {
    var body =
        Map.of(
            "resourceId",
            roomA,
            "memberId",
            member,
            "start",
            at(1, 12, 0).toString(),
            "end",
            at(1, 13, 0).toString());
    var first = post("/api/v1/bookings", body, t.bearer(), Map.of("Idempotency-Key", "retry-1"));
    var second = post("/api/v1/bookings", body, t.bearer(), Map.of("Idempotency-Key", "retry-1"));
    assertThat(first.getStatus()).isEqualTo(201);
    assertThat(second.getStatus()).isEqualTo(201);
    assertThat(second.getHeader("Idempotent-Replayed")).isEqualTo("true");
    assertThat(body(second).get("id").asText()).isEqualTo(body(first).get("id").asText());
    long count =
        inTenant(
            t.tenantId(),
            () ->
                db.sql("SELECT count(*) FROM booking WHERE resource_id = ?")
                    .param(roomA)
                    .query(Long.class)
                    .single());
    assertThat(count).isEqualTo(1);

    var other =
        Map.of(
            "resourceId",
            roomB,
            "memberId",
            member,
            "start",
            at(1, 12, 0).toString(),
            "end",
            at(1, 13, 0).toString());
    var reused = post("/api/v1/bookings", other, t.bearer(), Map.of("Idempotency-Key", "retry-1"));
    assertThat(reused.getStatus()).isEqualTo(422);
    assertThat(type(reused)).endsWith("/idempotency-key-reused");
  }

  @Test
  void the_runtime_role_cannot_insert_an_overlapping_occupancy_row() throws Exception {
    String id = body(book(roomA, at(1, 10, 0), at(1, 11, 0))).get("id").asText();
    UUID unit =
        UUID.fromString(
            body(mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/api/v1/bookings/" + id)
                            .header("Authorization", t.bearer()))
                    .andReturn()
                    .getResponse())
                .get("unitIds")
                .get(0)
                .asText());
    String other = body(book(roomB, at(1, 12, 0), at(1, 13, 0))).get("id").asText();
    assertThat(db.sql("SELECT current_user").query(String.class).single()).isEqualTo("atrium_app");
    assertThatThrownBy(
            () ->
                inTenant(
                    t.tenantId(),
                    () ->
                        db.sql(
                                "INSERT INTO occupancy (tenant_id, booking_id, unit_id, during)"
                                    + " VALUES (atrium_current_tenant(), ?, ?, tstzrange(?, ?, '[)'))")
                            .params(
                                UUID.fromString(other),
                                unit,
                                java.sql.Timestamp.from(at(1, 10, 30)),
                                java.sql.Timestamp.from(at(1, 10, 30).plus(Duration.ofHours(1))))
                            .update()))
        .rootCause()
        .hasMessageContaining("occupancy_no_overlap")
        .satisfies(e -> assertThat(((java.sql.SQLException) e).getSQLState()).isEqualTo("23P01"));
  }

  private String type(org.springframework.mock.web.MockHttpServletResponse r) throws Exception {
    return body(r).get("type").asText();
  }
}
