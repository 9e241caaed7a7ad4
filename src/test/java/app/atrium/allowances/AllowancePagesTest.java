package app.atrium.allowances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.atrium.platform.security.AtriumUser;
import app.atrium.platform.security.Role;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The desk sees what a booking will cost the member, her included hours first, before booking. */
class AllowancePagesTest extends AllowanceFixture {

  static final LocalDate TUESDAY = LocalDate.of(2027, 1, 5);

  @BeforeEach
  void setUp() throws Exception {
    setUpCoworking(2);
  }

  @Test
  void the_desk_form_shows_free_hours_then_the_split_before_confirming() throws Exception {
    assertThat(quotePage("10:00", "12:00")).contains("Бесплатно — осталось 5 ч из 5 ч");

    book(rooms.get(0), at(TUESDAY, 14), at(TUESDAY, 17.5));
    String split = quotePage("10:00", "12:00");
    assertThat(split).contains("1 ч 30 мин по тарифу + 2");
    assertThat(split).contains("Resident −20%");

    // An incomplete form shows no price, and no error.
    String incomplete =
        mvc.perform(
                get("/staff/bookings/quote")
                    .param("resourceId", rooms.get(1).toString())
                    .with(staff(Role.ADMIN)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(incomplete).doesNotContain("price-headline");
  }

  private String quotePage(String start, String end) throws Exception {
    var response =
        mvc.perform(
                get("/staff/bookings/quote")
                    .param("resourceId", rooms.get(1).toString())
                    .param("memberId", member.toString())
                    .param("date", TUESDAY.toString())
                    .param("start", start)
                    .param("end", end)
                    .with(staff(Role.ADMIN)))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    return response.getContentAsString();
  }

  private RequestPostProcessor staff(Role role) {
    var user =
        new AtriumUser(
            UUID.randomUUID(),
            "admin@" + t.slug(),
            "Gulnara",
            t.tenantId(),
            t.slug(),
            "Test coworking",
            "ru",
            role);
    return SecurityMockMvcRequestPostProcessors.authentication(
        new UsernamePasswordAuthenticationToken(user, null, user.authorities()));
  }
}
