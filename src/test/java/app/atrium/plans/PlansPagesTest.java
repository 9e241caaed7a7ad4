package app.atrium.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.atrium.platform.security.Role;
import app.atrium.support.TestTenant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

class PlansPagesTest extends PlansTestSupport {

  private static final String NBSP = "\u00a0";

  @Autowired Plans plans;

  @Test
  void lists_the_plans_with_prices_in_the_tenants_currency() throws Exception {
    TestTenant t = newTenant();
    createPlan(t, residentBody());

    String ru =
        mvc.perform(get("/staff/plans").param("lang", "ru").with(staff(t, Role.ADMIN, "ru")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(ru)
        .contains("id=\"plans\"")
        .contains("Resident")
        .contains("85" + NBSP + "000" + NBSP + "₸ / месяц")
        .contains("Закреплённый стол")
        .contains("5 ч переговорных")
        .contains("100 стр. печати")
        .contains("Шкафчик")
        .contains("−20" + NBSP + "%")
        .contains("Домашняя локация");

    mvc.perform(get("/staff/plans").param("lang", "en").with(staff(t, Role.ADMIN, "en")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("KZT" + NBSP + "85,000 / month")))
        .andExpect(content().string(containsString("5 h of meeting rooms")));
  }

  @Test
  void creates_a_plan_from_the_form() throws Exception {
    TestTenant t = newTenant();
    mvc.perform(get("/staff/plans/new").with(staff(t, Role.ADMIN, "en")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("quantities[MEETING_ROOM_HOURS]")));

    mvc.perform(
            post("/staff/plans/new")
                .with(staff(t, Role.ADMIN, "en"))
                .with(csrf())
                .param("code", "flex")
                .param("name", "Flex")
                .param("price", "45 000")
                .param("period", "MONTH")
                .param("workplace", "ANY_DESK")
                .param("quantities[MEETING_ROOM_HOURS]", "1,5")
                .param("quantities[PRINTED_PAGES]", "50")
                .param("quantities[GUEST_PASSES]", "")
                .param("unlimited", "COFFEE")
                .param("_unlimited", "on")
                .param("extras", "MAIL_HANDLING")
                .param("_extras", "on")
                .param("bookingDiscountPercent", "0")
                .param("locationAccess", "HOME")
                .param("accessSchedule", "OPENING_HOURS")
                .param("freezeFeePerDay", "0")
                .param("canBookRooms", "true")
                .param("_canBookRooms", "on")
                .param("_canBookDesks", "on")
                .param("_priceFrom", "on"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/staff/plans"));

    Plan flex = inTenant(t.tenantId(), () -> plans.findByCode("FLEX")).orElseThrow();
    assertThat(flex.price().amount()).isEqualByComparingTo("45000");
    assertThat(flex.allowance(AllowanceKind.MEETING_ROOM_HOURS).orElseThrow().quantity())
        .isEqualByComparingTo("1.5");
    assertThat(flex.allowance(AllowanceKind.PRINTED_PAGES).orElseThrow().quantity())
        .isEqualByComparingTo("50");
    assertThat(flex.allowance(AllowanceKind.COFFEE).orElseThrow().limitless()).isTrue();
    assertThat(flex.allowance(AllowanceKind.GUEST_PASSES)).isEmpty();
    assertThat(flex.extras()).containsExactly(Extra.MAIL_HANDLING);
    assertThat(flex.canBookDesks()).isFalse();
    assertThat(flex.canBookRooms()).isTrue();
    assertThat(flex.priceFrom()).isFalse();
  }

  @Test
  void shows_the_form_again_with_the_problem_when_input_is_refused() throws Exception {
    TestTenant t = newTenant();
    mvc.perform(
            post("/staff/plans/new")
                .with(staff(t, Role.OWNER, "en"))
                .with(csrf())
                .param("code", "BAD")
                .param("name", "Bad plan")
                .param("price", "-5")
                .param("period", "MONTH")
                .param("workplace", "ANY_DESK")
                .param("quantities[PRINTED_PAGES]", "2.5")
                .param("locationAccess", "HOME")
                .param("accessSchedule", "OPENING_HOURS"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("must be a whole number")))
        .andExpect(content().string(containsString("value=\"Bad plan\"")));
    mvc.perform(
            post("/staff/plans/new")
                .with(staff(t, Role.OWNER, "en"))
                .with(csrf())
                .param("code", "BAD")
                .param("name", "Bad plan")
                .param("price", "-5")
                .param("period", "MONTH")
                .param("workplace", "ANY_DESK")
                .param("locationAccess", "HOME")
                .param("accessSchedule", "OPENING_HOURS"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("must be greater than or equal to 0")));
    assertThat(planCount(t)).isZero();
  }

  @Test
  void edits_and_archives_a_plan_from_its_page() throws Exception {
    TestTenant t = newTenant();
    String id = createPlan(t, residentBody()).get("id").asText();

    mvc.perform(get("/staff/plans/" + id).with(staff(t, Role.ADMIN, "en")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"RESIDENT\"")))
        .andExpect(content().string(containsString("/staff/plans/" + id + "/archive")));

    mvc.perform(
            post("/staff/plans/" + id + "/archive").with(staff(t, Role.ADMIN, "en")).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(inTenant(t.tenantId(), () -> plans.get(UUID.fromString(id))).active()).isFalse();

    mvc.perform(get("/staff/plans").with(staff(t, Role.ADMIN, "en")))
        .andExpect(content().string(not(containsString("RESIDENT"))));
    mvc.perform(get("/staff/plans").param("archived", "true").with(staff(t, Role.ADMIN, "en")))
        .andExpect(content().string(containsString("RESIDENT")))
        .andExpect(content().string(containsString("Archived")));
  }

  @Test
  void an_accountant_sees_the_plans_but_may_not_change_them() throws Exception {
    TestTenant t = newTenant();
    String id = createPlan(t, residentBody()).get("id").asText();
    mvc.perform(get("/staff/plans").with(staff(t, Role.ACCOUNTANT, "en")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("/archive"))))
        .andExpect(content().string(not(containsString("/staff/plans/new"))));
    mvc.perform(
            post("/staff/plans/" + id + "/archive")
                .with(staff(t, Role.ACCOUNTANT, "en"))
                .with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(inTenant(t.tenantId(), () -> plans.get(UUID.fromString(id))).active()).isTrue();
  }

  @Test
  void an_unknown_or_foreign_plan_page_is_not_found() throws Exception {
    TestTenant t = newTenant();
    TestTenant other = newTenant();
    String theirs = createPlan(other, residentBody()).get("id").asText();
    mvc.perform(get("/staff/plans/" + UUID.randomUUID()).with(staff(t, Role.ADMIN, "en")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/staff/plans/" + theirs).with(staff(t, Role.ADMIN, "en")))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/staff/plans/" + theirs + "/archive")
                .with(staff(t, Role.ADMIN, "en"))
                .with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/plans/" + theirs).header(HttpHeaders.AUTHORIZATION, other.bearer()))
        .andExpect(status().isOk());
    assertThat(inTenant(other.tenantId(), () -> plans.get(UUID.fromString(theirs))).active())
        .isTrue();
  }
}
