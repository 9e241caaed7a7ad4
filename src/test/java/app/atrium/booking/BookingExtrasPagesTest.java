package app.atrium.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Extras on the booking screens: the desk's form and the member's free rooms offer them to tick
 * with a quantity, price them before confirming, and book them; the booking shows them after.
 */
class BookingExtrasPagesTest extends BookingScreensFixture {

  Cookie desk;
  String tomorrow;

  @BeforeEach
  void coworking() throws Exception {
    setUpCoworking();
    var projector =
        post(
            "/api/v1/services",
            Map.of(
                "code",
                "PROJECTOR",
                "name",
                "Projector",
                "unit",
                "BOOKING",
                "price",
                2000,
                "bookingExtra",
                true),
            t.bearer(),
            Map.of());
    assertThat(projector.getStatus()).isEqualTo(201);
    desk = desk();
    tomorrow = LocalDate.now(ALMATY).plusDays(1).toString();
  }

  @Test
  void the_desk_ticks_an_extra_sees_its_price_and_books_it() throws Exception {
    assertThat(page(get("/staff/bookings/new").param("resourceId", "" + roomA), desk))
        .contains("id=\"extra-PROJECTOR\"", "name=\"quantities[PROJECTOR]\"", "Projector");

    String quote = page(quote().param("memberId", "" + member), desk);
    assertThat(quote)
        .contains("class=\"price-extra\"", "Projector × 2: ", "class=\"price-with-extras\"")
        .doesNotContain("extras-problem");
    // A walk-in guest's booking cannot have extras: the quote says so before booking.
    assertThat(page(quote().param("guestName", "Walk-in"), desk))
        .contains("id=\"extras-problem\"", "walk-in guest")
        .doesNotContain("price-extra");

    var guest = send(form().param("guestName", "Walk-in"), desk);
    assertThat(guest.getStatus()).isEqualTo(400);
    assertThat(guest.getContentAsString())
        .contains("id=\"booking-error\"", "id=\"extras-error\"")
        .contains("checked=\"checked\"");

    var booked = send(form().param("memberId", "" + member), desk);
    assertThat(booked.getStatus()).isEqualTo(302);
    String id =
        inTenant(
            t.tenantId(),
            () ->
                db.sql("SELECT id FROM booking WHERE member_id = ?")
                    .param(member)
                    .query(UUID.class)
                    .single()
                    .toString());
    assertThat(page(get("/staff/bookings/" + id), desk))
        .contains("id=\"booking-extras\"", "Projector × 2: ");
  }

  @Test
  void a_member_ticks_an_extra_on_the_free_rooms_and_books_a_room_with_it() throws Exception {
    Person dana = memberWithLogin("Dana", "Portal");
    Cookie session = signIn(dana.email());

    String free =
        page(
            get("/portal/book")
                .param("date", tomorrow)
                .param("start", "14:00")
                .param("minutes", "60")
                .param("extra", "PROJECTOR"),
            session);
    assertThat(free)
        .contains("id=\"extra-PROJECTOR\"", "Projector × 1: ", "class=\"price-with-extras\"")
        // Each room's Book button and the live refresh carry the extra on.
        .contains("<input type=\"hidden\" name=\"extra\" value=\"PROJECTOR\">")
        .contains("extra=PROJECTOR&amp;quantities%5BPROJECTOR%5D=1");

    var booked =
        send(
            submit("/portal/bookings")
                .param("resourceId", "" + roomA)
                .param("date", tomorrow)
                .param("start", "14:00")
                .param("minutes", "60")
                .param("extra", "PROJECTOR")
                .param("quantities[PROJECTOR]", "1"),
            session);
    assertThat(booked.getRedirectedUrl()).isEqualTo("/portal/bookings");
    assertThat(page(get("/portal/bookings"), session)).contains("With: Projector × 1");
  }

  private MockHttpServletRequestBuilder quote() {
    return withTwoProjectors(get("/staff/bookings/quote"));
  }

  private MockHttpServletRequestBuilder form() {
    return withTwoProjectors(submit("/staff/bookings"));
  }

  /** The desk's form filled in: Hall A tomorrow 10:00–11:00, the projector ticked, 2 of it. */
  private MockHttpServletRequestBuilder withTwoProjectors(MockHttpServletRequestBuilder request) {
    return request
        .param("resourceId", "" + roomA)
        .param("date", tomorrow)
        .param("start", "10:00")
        .param("end", "11:00")
        .param("extra", "PROJECTOR")
        .param("quantities[PROJECTOR]", "2");
  }

  private MockHttpServletResponse send(MockHttpServletRequestBuilder req, Cookie who)
      throws Exception {
    return mvc.perform(req.cookie(who).with(csrf())).andReturn().getResponse();
  }

  private String page(MockHttpServletRequestBuilder req, Cookie who) throws Exception {
    var r = mvc.perform(req.cookie(who)).andReturn().getResponse();
    assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
    return r.getContentAsString();
  }

  private static MockHttpServletRequestBuilder submit(String path) {
    return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path);
  }
}
