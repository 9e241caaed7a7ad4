package app.atrium.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.atrium.members.MemberDraft;
import app.atrium.platform.security.Role;
import app.atrium.support.TestTenant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** A member freezes her own membership through the API, from today on, and sees only hers. */
class MemberFreezeTest extends LifecycleTestSupport {

  @Test
  void a_member_freezes_her_own_membership_from_today_on_and_nobody_elses() throws Exception {
    TestTenant t = newTenant();
    today("2026-11-16");
    String resident = resident(t);
    String email = addUser(t, Role.MEMBER, "Asel Member");
    UUID asel =
        inTenant(
            t.tenantId(),
            () -> {
              UUID account = accounts.grant(email, "Asel Member", Role.MEMBER);
              var m =
                  members.create(
                      new MemberDraft("Asel", "Member", email, null, null, false, List.of()));
              members.linkAccount(m.id(), account);
              return m.id();
            });
    String own = start(t, membership(asel, resident, t.locationId(), "2026-10-01"));
    String theirs =
        start(t, membership(addMember(t, "Timur"), resident, t.locationId(), "2026-10-01"));
    String bearer = "Bearer " + token(email, t.password(), t.slug());

    mvc.perform(get("/api/v1/memberships").header(HttpHeaders.AUTHORIZATION, bearer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", Matchers.hasSize(1)))
        .andExpect(jsonPath("$[0].id").value(own));
    mvc.perform(get("/api/v1/memberships/" + theirs).header(HttpHeaders.AUTHORIZATION, bearer))
        .andExpect(status().isNotFound());

    mvc.perform(freeze(bearer, own, "2026-11-15", "2026-11-20"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("firstDay"));
    mvc.perform(freeze(bearer, theirs, "2026-11-20", "2026-11-22"))
        .andExpect(status().isNotFound());
    mvc.perform(freeze(bearer, own, "2026-11-16", "2026-11-22")).andExpect(status().isCreated());
    assertThat(rows(t, "membership_freeze")).isEqualTo(1);
    // Staff may record a freeze that began earlier.
    postJson(
            t,
            "/api/v1/memberships/" + theirs + "/freezes",
            Map.of("firstDay", "2026-11-10", "lastDay", "2026-11-12"))
        .andExpect(status().isCreated());
    // Members change nothing else.
    mvc.perform(
            post("/api/v1/memberships/" + own + "/cancel")
                .header(HttpHeaders.AUTHORIZATION, bearer))
        .andExpect(status().isForbidden());
  }

  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder freeze(
      String bearer, String id, String first, String last) {
    return post("/api/v1/memberships/" + id + "/freezes")
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"firstDay\":\"" + first + "\",\"lastDay\":\"" + last + "\"}");
  }
}
