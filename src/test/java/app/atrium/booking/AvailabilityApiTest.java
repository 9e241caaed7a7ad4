package app.atrium.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

class AvailabilityApiTest extends BookingFixture {

  @BeforeEach
  void coworking() {
    setUpCoworking();
  }

  private MockHttpServletResponse availability(String query) throws Exception {
    return mvc.perform(get("/api/v1/availability?" + query).header("Authorization", t.bearer()))
        .andReturn()
        .getResponse();
  }

  private JsonNode day(int daysAhead) throws Exception {
    var r =
        availability(
            "locationId=" + t.locationId() + "&date=" + LocalDate.now(ALMATY).plusDays(daysAhead));
    assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
    return body(r);
  }

  private static JsonNode resource(JsonNode day, String name) {
    for (JsonNode r : day.get("resources")) if (r.get("name").asText().equals(name)) return r;
    throw new AssertionError("no " + name + " in " + day);
  }

  @Test
  void a_booked_room_shows_busy_for_that_booking_in_local_time_and_free_around_it()
      throws Exception {
    String id = body(book(roomA, at(2, 14, 0), at(2, 15, 30))).get("id").asText();
    JsonNode day = day(2);
    assertThat(day.get("timeZone").asText()).isEqualTo("Asia/Almaty");
    JsonNode hallA = resource(day, "Hall A");
    assertThat(hallA.get("busy")).hasSize(1);
    JsonNode busy = hallA.get("busy").get(0);
    assertThat(busy.get("start").asText()).isEqualTo("14:00:00");
    assertThat(busy.get("end").asText()).isEqualTo("15:30:00");
    assertThat(busy.get("bookingId").asText()).isEqualTo(id);
    assertThat(hallA.get("free")).hasSize(2);
    // The event zone is made of Hall A: it is busy then too.
    assertThat(resource(day, "Event zone").get("busy").get(0).get("start").asText())
        .isEqualTo("14:00:00");
    assertThat(resource(day, "Hall B").get("busy")).isEmpty();
  }

  @Test
  void desks_stay_free_until_the_last_one_is_taken_and_count_what_is_left() throws Exception {
    for (int i = 0; i < 19; i++)
      assertThat(book(desks, at(2, 9, 0), at(2, 12, 0)).getStatus()).isEqualTo(201);
    JsonNode open = resource(day(2), "Open space");
    assertThat(open.get("busy")).isEmpty();
    assertThat(open.get("free").get(0).get("freeUnits").asInt()).isEqualTo(1);
    assertThat(book(desks, at(2, 9, 0), at(2, 12, 0)).getStatus()).isEqualTo(201);
    JsonNode full = resource(day(2), "Open space");
    assertThat(full.get("busy")).hasSize(1);
    assertThat(full.get("busy").get(0).get("freeUnits").asInt()).isZero();
  }

  @Test
  void an_unknown_location_is_not_found_and_a_bad_date_names_the_parameter() throws Exception {
    var other = newTenant();
    var notMine = availability("locationId=" + other.locationId() + "&date=2026-12-10");
    assertThat(notMine.getStatus()).isEqualTo(404);
    var badDate = availability("locationId=" + t.locationId() + "&date=10.12.2026");
    assertThat(badDate.getStatus()).isEqualTo(400);
    assertThat(badDate.getContentAsString()).contains("date");
  }

  @Test
  void a_missing_location_is_a_problem_naming_it() throws Exception {
    var r = availability("date=2026-12-10");
    assertThat(r.getStatus()).isEqualTo(400);
    assertThat(r.getContentType())
        .as(r.getContentAsString())
        .startsWith("application/problem+json");
    assertThat(r.getContentAsString()).contains("locationId");
  }
}
