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

class PortalBookingPagesTest extends BookingScreensFixture {

  Person dana;
  Cookie session;
  String tomorrow;

  @BeforeEach
  void coworking() throws Exception {
    setUpCoworking();
    dana = memberWithLogin("Dana", "Portal");
    session = signIn(dana.email());
    tomorrow = LocalDate.now(ALMATY).plusDays(1).toString();
  }

  @Test
  void a_member_finds_the_rooms_free_at_a_time_books_one_and_cancels_it() throws Exception {
    assertThat(book(roomB, at(1, 14, 0), at(1, 15, 0)).getStatus()).isEqualTo(201);
    String free = page(find("14:00"));
    assertThat(free)
        .contains("book-" + roomA, "book-" + desks)
        // Taken then, and staff-only: not on offer.
        .doesNotContain("book-" + roomB, "book-" + zone)
        .contains("sse-connect=\"/live/bookings?locationId=" + t.locationId() + "\"")
        .contains("hx-trigger=\"sse:booking, sse:ready\"")
        .doesNotContain("every ");
    assertThat(page(get("/portal/book/rooms").param("date", tomorrow).param("start", "14:00")))
        .contains("id=\"free-rooms\"", "book-" + roomA)
        .doesNotContain("<html");

    var booked = send(bookRoom(roomA, "14:00"));
    assertThat(booked.getStatus()).isEqualTo(302);
    assertThat(booked.getRedirectedUrl()).isEqualTo("/portal/bookings");
    String mine = page(get("/portal/bookings"));
    assertThat(mine).contains("Hall A");
    assertThat(page(find("14:00"))).doesNotContain("book-" + roomA);

    String id =
        inTenant(
            t.tenantId(),
            () ->
                db.sql("SELECT id FROM booking WHERE member_id = ?")
                    .param(dana.memberId())
                    .query(UUID.class)
                    .single()
                    .toString());
    assertThat(mine).contains("cancel-" + id);
    var cancel = send(submit("/portal/bookings/" + id + "/cancel"));
    assertThat(cancel.getRedirectedUrl()).isEqualTo("/portal/bookings");
    assertThat(page(get("/portal/bookings"))).contains("id=\"mine-none\"");
    assertThat(page(find("14:00"))).contains("book-" + roomA);
  }

  @Test
  void a_taken_slot_shows_a_clear_message_with_alternatives_and_status_409() throws Exception {
    assertThat(book(roomA, at(1, 14, 0), at(1, 15, 0)).getStatus()).isEqualTo(201);
    var taken = send(bookRoom(roomA, "14:00"));
    assertThat(taken.getStatus()).isEqualTo(409);
    assertThat(taken.getContentAsString())
        .contains("id=\"booking-error\"", "Hall A is already booked", "id=\"alternative-0\"")
        .contains("Hall B · 14:00–15:00")
        .doesNotContain("Exception");
    // The alternative books in one click.
    var alternative =
        send(
            submit("/portal/bookings")
                .param("resourceId", "" + roomB)
                .param("date", tomorrow)
                .param("start", "14:00")
                .param("end", "15:00"));
    assertThat(alternative.getRedirectedUrl()).isEqualTo("/portal/bookings");
    assertThat(page(get("/portal/bookings"))).contains("Hall B");
  }

  @Test
  void a_member_can_neither_book_staff_only_spaces_nor_cancel_someone_elses_booking()
      throws Exception {
    var staffOnly = send(bookRoom(zone, "14:00"));
    assertThat(staffOnly.getStatus()).isEqualTo(403);
    assertThat(staffOnly.getContentAsString()).contains("id=\"booking-error\"", "front desk");
    String other = body(book(roomA, at(1, 10, 0), at(1, 11, 0))).get("id").asText();
    assertThat(send(submit("/portal/bookings/" + other + "/cancel")).getStatus()).isEqualTo(404);
    assertThat(
            mvc.perform(get("/staff/bookings").cookie(session))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
  }

  private MockHttpServletRequestBuilder find(String start) {
    return get("/portal/book").param("date", tomorrow).param("start", start).param("minutes", "60");
  }

  private MockHttpServletRequestBuilder bookRoom(UUID resource, String start) {
    return submit("/portal/bookings")
        .param("resourceId", "" + resource)
        .param("date", tomorrow)
        .param("start", start)
        .param("minutes", "60");
  }

  private MockHttpServletResponse send(MockHttpServletRequestBuilder req) throws Exception {
    return mvc.perform(req.cookie(session).with(csrf())).andReturn().getResponse();
  }

  private String page(MockHttpServletRequestBuilder req) throws Exception {
    var r = mvc.perform(req.cookie(session)).andReturn().getResponse();
    assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
    return r.getContentAsString();
  }

  private static MockHttpServletRequestBuilder submit(String path) {
    return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path);
  }
}
