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

  @Test
  void the_member_card_shows_the_balance_and_staff_correct_it_with_a_reason() throws Exception {
    book(rooms.get(0), at(TUESDAY, 10), at(TUESDAY, 12));
    String card =
        mvc.perform(get("/staff/members/" + member + "/allowances").with(staff(Role.ADMIN)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(card).contains("Часы переговорных").contains("data-kind=\"MEETING_ROOM_HOURS\"");
    assertThat(card).contains("<td>2</td>").contains("<td>3</td>");

    var refused =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/staff/members/" + member + "/allowances/adjustments")
                    .param("month", "2027-01")
                    .param("kind", "MEETING_ROOM_HOURS")
                    .param("delta", "2")
                    .param("reason", "")
                    .with(staff(Role.ADMIN))
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.csrf()))
            .andReturn()
            .getResponse();
    assertThat(refused.getStatus()).isEqualTo(422);
    assertThat(refused.getContentAsString()).contains("adjust-error");
    assertThat(roomHours().get("granted").decimalValue()).isEqualByComparingTo("5");

    String corrected =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/staff/members/" + member + "/allowances/adjustments")
                    .param("month", "2027-01")
                    .param("kind", "MEETING_ROOM_HOURS")
                    .param("delta", "2")
                    .param("reason", "Проектор не работал")
                    .with(staff(Role.ADMIN))
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.csrf()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(corrected).contains("Проектор не работал").contains("<td>7</td>");
    assertThat(roomHours().get("granted").decimalValue()).isEqualByComparingTo("7");
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
