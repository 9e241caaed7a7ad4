package app.atrium.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class BookingPagesTest extends BookingScreensFixture {

  Cookie desk;
  String tomorrow;

  @BeforeEach
  void coworking() throws Exception {
    setUpCoworking();
    desk = desk();
    tomorrow = LocalDate.now(ALMATY).plusDays(1).toString();
  }

  @Test
  void the_desk_sees_the_day_by_resource_with_holders_free_hours_and_a_live_connection()
      throws Exception {
    String id = body(book(roomA, at(1, 14, 0), at(1, 15, 0))).get("id").asText();
    String zoneBooking =
        body(post(
                "/api/v1/bookings",
                java.util.Map.of(
                    "resourceId",
                    zone,
                    "guestName",
                    "Wedding party",
                    "start",
                    at(1, 18, 0).toString(),
                    "end",
                    at(1, 20, 0).toString()),
                t.bearer(),
                java.util.Map.of()))
            .get("id")
            .asText();

    String html = page(get("/staff/bookings").param("date", tomorrow));
    assertThat(html)
        .contains("Hall A", "Hall B", "Open space", "Asel Test", "Wedding party")
        .contains("data-booking-id=\"" + id + "\"")
        // The event zone's booking also blocks its rooms, marked as held through the zone.
        .contains("tl-block through")
        // A free hour links to the form, prefilled with the resource and the start.
        .contains(
            "/staff/bookings/new?resourceId="
                + roomA
                + "&amp;date="
                + tomorrow
                + "&amp;start=10:00")
        .doesNotContain("resourceId=" + roomA + "&amp;date=" + tomorrow + "&amp;start=14:00")
        .contains("sse-connect=\"/live/bookings?locationId=" + t.locationId() + "\"")
        .contains("hx-trigger=\"sse:booking, sse:ready\"")
        .doesNotContain("every ");
    assertThat(html).contains("cancel-" + id, "cancel-" + zoneBooking);

    // The live part alone, and the filter by type.
    String day =
        page(
            get("/staff/bookings/day")
                .param("date", tomorrow)
                .param("location", "" + t.locationId()));
    assertThat(day).contains("id=\"day\"", "Asel Test").doesNotContain("<html");
    UUID desksType = inTenant(t.tenantId(), () -> resources.get(desks).typeId());
    assertThat(page(get("/staff/bookings").param("date", tomorrow).param("type", "" + desksType)))
        .contains("Open space")
        .doesNotContain("Hall A</a>");
  }

  @Test
  void the_desk_books_a_member_found_by_search_and_the_booking_shows_on_the_day() throws Exception {
    String options = page(get("/staff/bookings/members").param("q", "asel"));
    assertThat(options).contains("member-" + member, "Asel Test").doesNotContain("<html");
    assertThat(
            page(
                get("/staff/bookings/new")
                    .param("resourceId", "" + roomA)
                    .param("date", tomorrow)
                    .param("start", "10:00")
                    .param("end", "11:00")))
        .contains("id=\"booking-form\"", "value=\"10:00\"", "value=\"11:00\"");

    var r = send(form(roomA, "10:00", "11:00").param("memberId", "" + member));
    assertThat(r.getStatus()).isEqualTo(302);
    assertThat(r.getRedirectedUrl())
        .isEqualTo("/staff/bookings?location=" + t.locationId() + "&date=" + tomorrow);
    assertThat(page(get("/staff/bookings").param("date", tomorrow)))
        .contains("Asel Test", "10:00–11:00");

    // Choosing an open space re-renders the form with its desks to pick from.
    assertThat(page(get("/staff/bookings/new").param("resourceId", "" + desks)))
        .contains("id=\"unitId\"", "Desk 3");
    assertThat(page(get("/staff/bookings/new").param("resourceId", "" + roomA)))
        .doesNotContain("id=\"unitId\"");

    // A walk-in guest at a chosen desk.
    UUID desk3 = inTenant(t.tenantId(), () -> resources.units(desks).get(2).id());
    var guest =
        send(
            form(desks, "09:00", "18:00")
                .param("guestName", "Walk-in Bob")
                .param("unitId", "" + desk3));
    assertThat(guest.getStatus()).isEqualTo(302);
    assertThat(page(get("/staff/bookings").param("date", tomorrow)))
        .contains("Walk-in Bob", "Desk 3");
  }

  @Test
  void a_taken_slot_answers_409_with_alternatives_and_one_click_books_an_alternative()
      throws Exception {
    assertThat(book(roomA, at(1, 14, 0), at(1, 15, 0)).getStatus()).isEqualTo(201);
    var taken = send(form(roomA, "14:00", "15:00").param("guestName", "Late Guest"));
    assertThat(taken.getStatus()).isEqualTo(409);
    String html = taken.getContentAsString();
    assertThat(html)
        .contains("id=\"booking-error\"", "Hall A is already booked", "id=\"alternative-0\"")
        .contains("Hall A · 15:00–16:00", "Hall B · 14:00–15:00")
        // The alternatives keep who it is for.
        .contains("value=\"Late Guest\"")
        .doesNotContain("Exception");

    var alternative =
        send(
            submit("/staff/bookings")
                .param("resourceId", "" + roomB)
                .param("date", tomorrow)
                .param("start", "14:00")
                .param("end", "15:00")
                .param("guestName", "Late Guest"));
    assertThat(alternative.getStatus()).isEqualTo(302);
    assertThat(page(get("/staff/bookings").param("date", tomorrow))).contains("Late Guest");
  }

  @Test
  void validation_errors_show_next_to_their_fields_with_the_status() throws Exception {
    var nobody = send(form(roomA, "10:00", "11:00"));
    assertThat(nobody.getStatus()).isEqualTo(422);
    assertThat(nobody.getContentAsString()).contains("id=\"memberId-error\"");
    var badTime = send(form(roomA, "ten", "11:00").param("memberId", "" + member));
    assertThat(badTime.getStatus()).isEqualTo(422);
    assertThat(badTime.getContentAsString()).contains("id=\"start-error\"", "HH:mm");
    var noResource =
        send(
            submit("/staff/bookings")
                .param("resourceId", "nope")
                .param("date", tomorrow)
                .param("start", "10:00")
                .param("end", "11:00")
                .param("guestName", "Bob"));
    assertThat(noResource.getStatus()).isEqualTo(422);
    var past =
        send(
            submit("/staff/bookings")
                .param("resourceId", "" + roomA)
                .param("date", "2020-01-01")
                .param("start", "10:00")
                .param("end", "11:00")
                .param("memberId", "" + member));
    assertThat(past.getStatus()).isEqualTo(422);
    assertThat(past.getContentAsString()).contains("id=\"booking-error\"", "passed");
  }

  @Test
  void the_week_of_a_resource_and_a_booking_with_its_history_and_cancel() throws Exception {
    String id = body(book(roomA, at(1, 14, 0), at(1, 15, 0))).get("id").asText();
    assertThat(page(get("/staff/bookings/resource/" + roomA).param("week", tomorrow)))
        .contains("Hall A", "data-booking-id=\"" + id + "\"", "id=\"week\"");
    assertThat(page(get("/staff/bookings/" + id)))
        .contains("Asel Test", "id=\"booking-history\"", "Booked", "cancel-booking");

    var cancel =
        mvc.perform(submit("/staff/bookings/" + id + "/cancel").cookie(desk).with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(cancel.getStatus()).isEqualTo(302);
    String after = page(get("/staff/bookings/" + id));
    assertThat(after).contains("Cancelled").doesNotContain("id=\"cancel-booking\"");
    assertThat(after.split("class=\"note\"")).hasSize(3);
    assertThat(book(roomA, at(1, 14, 0), at(1, 15, 0)).getStatus()).isEqualTo(201);
  }

  @Test
  void another_coworking_gets_404_for_the_bookings_resources_and_location_of_this_one()
      throws Exception {
    String id = body(book(roomA, at(1, 14, 0), at(1, 15, 0))).get("id").asText();
    var mine = t;
    UUID mineRoom = roomA;
    setUpCoworking(); // a second coworking; t is now the other one
    Cookie other = desk();
    assertThat(status(get("/staff/bookings/" + id), other)).isEqualTo(404);
    assertThat(status(get("/staff/bookings/resource/" + mineRoom), other)).isEqualTo(404);
    assertThat(status(get("/staff/bookings").param("location", "" + mine.locationId()), other))
        .isEqualTo(404);
    assertThat(status(get("/staff/bookings/not-an-id"), other)).isEqualTo(404);
    assertThat(
            mvc.perform(submit("/staff/bookings/" + id + "/cancel").cookie(other).with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(page(get("/staff/bookings").param("date", tomorrow), other)).doesNotContain(id);
  }

  // ---------------------------------------------------------------------------------------------

  private MockHttpServletRequestBuilder form(java.util.UUID resource, String start, String end) {
    return submit("/staff/bookings")
        .param("resourceId", "" + resource)
        .param("date", tomorrow)
        .param("start", start)
        .param("end", end);
  }

  private MockHttpServletResponse send(MockHttpServletRequestBuilder req) throws Exception {
    return mvc.perform(req.cookie(desk).with(csrf())).andReturn().getResponse();
  }

  private String page(MockHttpServletRequestBuilder req) throws Exception {
    return page(req, desk);
  }

  private String page(MockHttpServletRequestBuilder req, Cookie who) throws Exception {
    var r = mvc.perform(req.cookie(who)).andReturn().getResponse();
    assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
    return r.getContentAsString();
  }

  private int status(MockHttpServletRequestBuilder req, Cookie who) throws Exception {
    return mvc.perform(req.cookie(who)).andReturn().getResponse().getStatus();
  }

  private static MockHttpServletRequestBuilder submit(String path) {
    return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path);
  }
}
