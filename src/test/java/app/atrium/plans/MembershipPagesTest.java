package app.atrium.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.atrium.platform.security.Role;
import app.atrium.support.TestTenant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class MembershipPagesTest extends LifecycleTestSupport {

  private static final String NBSP = "\u00a0";

  private String html(MockHttpServletRequestBuilder req, int status) throws Exception {
    var r = mvc.perform(req).andReturn().getResponse();
    assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(status);
    return r.getContentAsString();
  }

  @Test
  void the_member_card_loads_its_memberships_and_a_new_one_starts_from_the_form() throws Exception {
    TestTenant t = newTenant();
    today("2026-11-16");
    UUID asel = addMember(t, "Asel");
    String resident = resident(t);

    assertThat(html(get("/staff/members/" + asel).with(staff(t, Role.ADMIN, "en")), 200))
        .contains("hx-get=\"/staff/members/" + asel + "/memberships\"");
    assertThat(
            html(
                get("/staff/members/" + asel + "/memberships").with(staff(t, Role.ADMIN, "en")),
                200))
        .contains("id=\"memberships-none\"")
        .contains("/staff/members/" + asel + "/memberships/new");
    assertThat(
            html(
                get("/staff/members/" + asel + "/memberships/new").with(staff(t, Role.ADMIN, "ru")),
                200))
        .contains("Новый абонемент")
        .contains("Resident");

    // A price above the list price comes back refused, nothing written.
    String refused =
        html(
            post("/staff/members/" + asel + "/memberships/new")
                .with(staff(t, Role.ADMIN, "en"))
                .with(csrf())
                .param("planId", resident)
                .param("locationId", t.locationId().toString())
                .param("startsOn", "2026-11-01")
                .param("price", "95 000"),
            422);
    assertThat(refused).contains("must not exceed the plan").contains("95 000");
    assertThat(rows(t, "membership")).isZero();

    mvc.perform(
            post("/staff/members/" + asel + "/memberships/new")
                .with(staff(t, Role.ADMIN, "en"))
                .with(csrf())
                .param("planId", resident)
                .param("locationId", t.locationId().toString())
                .param("startsOn", "2026-11-01")
                .param("term", "MONTHS_6")
                .param("autopay", "true"))
        .andExpect(redirectedUrlPattern("/staff/memberships/*"));
    String list =
        html(get("/staff/members/" + asel + "/memberships").with(staff(t, Role.ADMIN, "en")), 200);
    assertThat(list).contains("Resident").contains("6 months");
  }

  @Test
  void the_membership_page_freezes_previews_and_confirms_an_upgrade_and_shows_the_history()
      throws Exception {
    TestTenant t = newTenant();
    today("2026-11-16");
    UUID asel = addMember(t, "Asel");
    String flex = flex(t);
    String resident = resident(t);
    String id = start(t, membership(asel, flex, t.locationId(), "2026-10-01"));
    String page = "/staff/memberships/" + id;

    String ru = html(get(page).param("lang", "ru").with(staff(t, Role.ADMIN, "ru")), 200);
    assertThat(ru)
        .contains("Flex")
        .contains("45" + NBSP + "000" + NBSP + "₸ / месяц")
        .contains("Помесячно, до отмены")
        .contains("id=\"freeze-form\"")
        .contains("id=\"preview-upgrade\"")
        .contains("Оформлен");
    assertThat(html(get(page).param("lang", "es").with(staff(t, Role.ADMIN, "es")), 200))
        .contains("Congelaciones");

    mvc.perform(
            post(page + "/freezes")
                .with(staff(t, Role.ADMIN, "en"))
                .with(csrf())
                .param("firstDay", "2026-11-20")
                .param("lastDay", "2026-11-24")
                .param("reason", "holiday"))
        .andExpect(redirectedUrl(page));
    String overlap =
        html(
            post(page + "/freezes")
                .with(staff(t, Role.ADMIN, "en"))
                .with(csrf())
                .param("firstDay", "2026-11-24")
                .param("lastDay", "2026-11-25"),
            409);
    assertThat(overlap).contains("overlap a freeze");
    assertThat(rows(t, "membership_freeze")).isEqualTo(1);

    String preview =
        html(
            post(page + "/upgrade-preview")
                .param("lang", "en")
                .with(staff(t, Role.ADMIN, "en"))
                .with(csrf())
                .param("planId", resident),
            200);
    // 10 unfrozen days of 30: 15 000 back, 28 333.33 due, 13 333.33 net (+ 5 × 1 000 freeze fee)
    assertThat(preview)
        .contains("id=\"upgrade-preview\"")
        .contains("id=\"confirm-upgrade\"")
        .contains("KZT" + NBSP + "18,333.33");
    assertThat(membershipJson(t, id).get("planId").asText()).isEqualTo(flex);

    mvc.perform(
            post(page + "/upgrade")
                .with(staff(t, Role.ADMIN, "en"))
                .with(csrf())
                .param("planId", resident)
                .param("price", ""))
        .andExpect(redirectedUrl(page));
    assertThat(membershipJson(t, id).get("planId").asText()).isEqualTo(resident);

    String after = html(get(page).param("lang", "en").with(staff(t, Role.ADMIN, "en")), 200);
    assertThat(after)
        .contains("Upgraded to")
        .contains("Frozen")
        .contains("holiday")
        .contains("Staff ADMIN");
  }

  @Test
  void downgrade_cancel_and_add_ons_from_the_page() throws Exception {
    TestTenant t = newTenant();
    today("2026-11-16");
    String flex = flex(t);
    String resident = resident(t);
    String id = start(t, membership(addMember(t, "Dana"), resident, t.locationId(), "2026-10-01"));
    String page = "/staff/memberships/" + id;

    mvc.perform(
            post(page + "/downgrade")
                .with(staff(t, Role.ADMIN, "en"))
                .with(csrf())
                .param("planId", flex))
        .andExpect(redirectedUrl(page));
    assertThat(html(get(page).param("lang", "en").with(staff(t, Role.ADMIN, "en")), 200))
        .contains("id=\"scheduled-change\"")
        .contains("From 1 Dec 2026: Flex");

    mvc.perform(
            post(page + "/add-ons")
                .with(staff(t, Role.ADMIN, "en"))
                .with(csrf())
                .param("kind", "LOCKER"))
        .andExpect(redirectedUrl(page));
    String parking =
        html(
            post(page + "/add-ons")
                .with(staff(t, Role.ADMIN, "en"))
                .with(csrf())
                .param("kind", "PARKING"),
            422);
    assertThat(parking).contains("price: is required");
    mvc.perform(
            post(page + "/add-ons")
                .with(staff(t, Role.ADMIN, "en"))
                .with(csrf())
                .param("kind", "PARKING")
                .param("price", "30 000"))
        .andExpect(redirectedUrl(page));
    assertThat(rows(t, "membership_addon")).isEqualTo(2);

    mvc.perform(
            post(page + "/cancel")
                .with(staff(t, Role.ADMIN, "en"))
                .with(csrf())
                .param("reason", "moving"))
        .andExpect(redirectedUrl(page));
    String cancelled = html(get(page).param("lang", "en").with(staff(t, Role.ADMIN, "en")), 200);
    assertThat(cancelled).contains("id=\"membership-cancelled\"").contains("30 Nov 2026");
    assertThat(membershipJson(t, id).get("endsOn").asText()).isEqualTo("2026-11-30");
    // The downgrade from December is gone with the cancellation.
    assertThat(membershipJson(t, id).has("scheduledChange")).isFalse();
  }

  @Test
  void sells_a_day_pass_from_the_card_and_answers_404_for_unknown_memberships() throws Exception {
    TestTenant t = newTenant();
    today("2026-11-16");
    dayPlan(t);
    UUID guest = addMember(t, "Guest");
    mvc.perform(
            post("/staff/members/" + guest + "/day-pass")
                .with(staff(t, Role.ADMIN, "en"))
                .with(csrf()))
        .andExpect(redirectedUrlPattern("/staff/memberships/*"));
    mvc.perform(
            post("/staff/members/" + guest + "/day-pass")
                .with(staff(t, Role.ADMIN, "en"))
                .with(csrf()))
        .andExpect(redirectedUrl("/staff/members/" + guest));
    assertThat(rows(t, "membership")).isEqualTo(1);
    html(get("/staff/memberships/" + UUID.randomUUID()).with(staff(t, Role.ADMIN, "en")), 404);
    html(get("/staff/memberships/not-an-id").with(staff(t, Role.ADMIN, "en")), 404);
  }

  @Test
  void an_accountant_reads_the_page_without_the_forms() throws Exception {
    TestTenant t = newTenant();
    today("2026-11-16");
    String id =
        start(t, membership(addMember(t, "Erlan"), resident(t), t.locationId(), "2026-10-01"));
    String page = html(get("/staff/memberships/" + id).with(staff(t, Role.ACCOUNTANT, "en")), 200);
    assertThat(page).contains("id=\"membership-fee\"").doesNotContain("id=\"freeze-form\"");
  }
}
