package app.atrium.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.atrium.support.TestTenant;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

class MembershipsApiTest extends PlansTestSupport {

  @Autowired Memberships memberships;

  @Test
  void puts_a_member_on_a_plan_and_lists_it() throws Exception {
    TestTenant t = newTenant();
    UUID asel = addMember(t, "Asel");
    UUID other = addMember(t, "Timur");
    String resident = createPlan(t, residentBody()).get("id").asText();

    String id =
        json.readTree(
                start(t, membership(asel, resident, t.locationId(), "2026-11-01"))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.memberId").value(asel.toString()))
                    .andExpect(jsonPath("$.planId").value(resident))
                    .andExpect(jsonPath("$.locationId").value(t.locationId().toString()))
                    .andExpect(jsonPath("$.startsOn").value("2026-11-01"))
                    .andExpect(jsonPath("$.endsOn").doesNotExist())
                    .andExpect(jsonPath("$.status").value("ACTIVE"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString())
            .get("id")
            .asText();
    start(t, membership(other, resident, t.locationId(), "2026-10-01"))
        .andExpect(status().isCreated());

    mvc.perform(get("/api/v1/memberships/" + id).header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.memberId").value(asel.toString()));
    mvc.perform(get("/api/v1/memberships").header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(jsonPath("$", hasSize(2)))
        .andExpect(jsonPath("$[0].id").value(id));
    mvc.perform(
            get("/api/v1/memberships?memberId=" + asel)
                .header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(jsonPath("$", hasSize(1)))
        .andExpect(jsonPath("$[0].id").value(id));
    mvc.perform(
            get("/api/v1/memberships?planId=" + resident)
                .header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(jsonPath("$", hasSize(2)));
    mvc.perform(
            get("/api/v1/memberships?planId=" + UUID.randomUUID())
                .header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(jsonPath("$", hasSize(0)));
  }

  @Test
  void a_day_pass_ends_the_day_it_starts() throws Exception {
    TestTenant t = newTenant();
    UUID guest = addMember(t, "Guest");
    var day = residentBody();
    day.put("code", "DAY_PASS");
    day.put("period", "DAY");
    String dayPass = createPlan(t, day).get("id").asText();

    start(t, membership(guest, dayPass, t.locationId(), "2026-11-23"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.endsOn").value("2026-11-23"));
  }

  @Test
  void refuses_an_unknown_member_and_changes_nothing() throws Exception {
    TestTenant t = newTenant();
    String plan = createPlan(t, residentBody()).get("id").asText();
    start(t, membership(UUID.randomUUID(), plan, t.locationId(), "2026-11-01"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("memberId"))
        .andExpect(jsonPath("$.detail").value("memberId: no such member"));
    assertThat(membershipCount(t)).isZero();
  }

  @Test
  void refuses_a_member_of_another_coworking() throws Exception {
    TestTenant t = newTenant();
    TestTenant other = newTenant();
    UUID stranger = addMember(other, "Stranger");
    String plan = createPlan(t, residentBody()).get("id").asText();
    start(t, membership(stranger, plan, t.locationId(), "2026-11-01"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("memberId"));
    assertThat(membershipCount(t)).isZero();
    assertThat(membershipCount(other)).isZero();
  }

  @Test
  void refuses_an_unknown_or_foreign_plan_or_location() throws Exception {
    TestTenant t = newTenant();
    TestTenant other = newTenant();
    UUID member = addMember(t, "Dana");
    String plan = createPlan(t, residentBody()).get("id").asText();
    String theirPlan = createPlan(other, residentBody()).get("id").asText();

    start(t, membership(member, UUID.randomUUID().toString(), t.locationId(), "2026-11-01"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("planId"));
    start(t, membership(member, theirPlan, t.locationId(), "2026-11-01"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("planId"));
    start(t, membership(member, plan, other.locationId(), "2026-11-01"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("locationId"));
    assertThat(membershipCount(t)).isZero();
  }

  @Test
  void refuses_a_new_membership_on_an_archived_plan_but_keeps_existing_ones() throws Exception {
    TestTenant t = newTenant();
    UUID before = addMember(t, "Early");
    UUID after = addMember(t, "Late");
    String plan = createPlan(t, residentBody()).get("id").asText();
    start(t, membership(before, plan, t.locationId(), "2026-10-01"))
        .andExpect(status().isCreated());
    mvc.perform(delete("/api/v1/plans/" + plan).header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(status().isOk());

    start(t, membership(after, plan, t.locationId(), "2026-11-01"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("planId"));
    mvc.perform(
            get("/api/v1/memberships?planId=" + plan).header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(jsonPath("$", hasSize(1)))
        .andExpect(jsonPath("$[0].memberId").value(before.toString()))
        .andExpect(jsonPath("$[0].status").value("ACTIVE"));
  }

  @Test
  void refuses_missing_and_malformed_fields() throws Exception {
    TestTenant t = newTenant();
    UUID member = addMember(t, "Erlan");
    String plan = createPlan(t, residentBody()).get("id").asText();
    var body = membership(member, plan, t.locationId(), "2026-11-01");
    body.remove("startsOn");
    start(t, body)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field", hasItem("startsOn")));
    body = membership(member, plan, t.locationId(), "2026-13-45");
    start(t, body)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("startsOn"));
    body = membership(member, plan, t.locationId(), "1999-12-31");
    start(t, body)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("startsOn"));
    body = membership(member, plan, t.locationId(), "2026-11-01");
    body.put("memberId", "not-a-uuid");
    start(t, body)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("memberId"));
    assertThat(membershipCount(t)).isZero();
  }

  @Test
  void answers_404_for_an_unknown_or_foreign_membership() throws Exception {
    TestTenant t = newTenant();
    TestTenant other = newTenant();
    UUID member = addMember(other, "Zhanna");
    String plan = createPlan(other, residentBody()).get("id").asText();
    String theirs =
        json.readTree(
                start(other, membership(member, plan, other.locationId(), "2026-11-01"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString())
            .get("id")
            .asText();

    mvc.perform(get("/api/v1/memberships/" + theirs).header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/memberships/" + UUID.randomUUID())
                .header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/memberships").header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(jsonPath("$", hasSize(0)));
  }

  @Test
  void active_memberships_are_those_running_today_at_the_home_location() throws Exception {
    TestTenant t = newTenant();
    UUID member = addMember(t, "Aliya");
    var day = residentBody();
    day.put("code", "DAY_PASS");
    day.put("period", "DAY");
    String dayPass = createPlan(t, day).get("id").asText();
    String resident = createPlan(t, residentBody()).get("id").asText();
    // 2026-11-23 21:00 UTC is already 2026-11-24 in Almaty (UTC+5).
    clock.setInstant(Instant.parse("2026-11-23T21:00:00Z"));
    start(t, membership(member, dayPass, t.locationId(), "2026-11-23"))
        .andExpect(status().isCreated());
    start(t, membership(member, resident, t.locationId(), "2026-11-24"))
        .andExpect(status().isCreated());
    start(t, membership(member, dayPass, t.locationId(), "2026-11-25"))
        .andExpect(status().isCreated());

    var active = inTenant(t.tenantId(), () -> memberships.activeFor(member));
    assertThat(active).extracting(m -> m.planId().toString()).containsExactly(resident);
    var onThe23rd =
        inTenant(t.tenantId(), () -> memberships.activeOn(member, LocalDate.of(2026, 11, 23)));
    assertThat(onThe23rd).extracting(m -> m.planId().toString()).containsExactly(dayPass);
  }

  private long membershipCount(TestTenant tenant) {
    return inTenant(
        tenant.tenantId(),
        () -> db.sql("SELECT count(*) FROM membership").query(Long.class).single());
  }

  private static Map<String, Object> membership(
      UUID memberId, String planId, UUID locationId, String startsOn) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("memberId", memberId.toString());
    body.put("planId", planId);
    body.put("locationId", locationId.toString());
    body.put("startsOn", startsOn);
    return body;
  }

  private ResultActions start(TestTenant t, Map<String, Object> body) throws Exception {
    return mvc.perform(
        post("/api/v1/memberships")
            .header(HttpHeaders.AUTHORIZATION, t.bearer())
            .contentType(MediaType.APPLICATION_JSON)
            .content(body(body)));
  }
}
