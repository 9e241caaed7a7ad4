package app.atrium.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.atrium.platform.security.AtriumUser;
import app.atrium.platform.security.Role;
import app.atrium.support.TestTenant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The member pauses her own membership in the portal, from today on, and takes a pause back. */
class PortalMembershipPagesTest extends LifecycleTestSupport {

  @Test
  void she_pauses_her_fixed_term_which_ends_later_and_takes_a_future_pause_back() throws Exception {
    TestTenant t = newTenant();
    today("2026-11-16");
    String resident = resident(t);
    UUID asel = addMember(t, "Asel");
    var body = membership(asel, resident, t.locationId(), "2026-10-01");
    body.put("term", "MONTHS_6");
    String own = start(t, body);
    String theirs =
        start(t, membership(addMember(t, "Timur"), resident, t.locationId(), "2026-10-01"));
    RequestPostProcessor her = member(t, asel);

    String page = html(get("/portal/membership").with(her));
    assertThat(page)
        .contains("data-membership-id=\"" + own + "\"")
        .doesNotContain(theirs)
        .contains("Resident")
        .contains("31 March 2027")
        .contains("No pauses.");

    // A pause that began yesterday is refused; from today it is taken and moves the end.
    var refused =
        mvc.perform(
                post("/portal/membership/" + own + "/freezes")
                    .with(her)
                    .with(csrf())
                    .param("firstDay", "2026-11-15")
                    .param("lastDay", "2026-11-20"))
            .andReturn();
    assertThat(refused.getFlashMap().get("flashError")).isEqualTo("must be today or later");
    assertThat(rows(t, "membership_freeze")).isZero();
    mvc.perform(
        post("/portal/membership/" + own + "/freezes")
            .with(her)
            .with(csrf())
            .param("firstDay", "2026-11-23")
            .param("lastDay", "2026-11-29")
            .param("reason", "Holiday"));
    page = html(get("/portal/membership").with(her));
    assertThat(page).contains("23 Nov 2026 – 29 Nov 2026, 7 days").contains("7 April 2027");

    // Nobody else's membership, even by its id.
    var stranger =
        mvc.perform(
                post("/portal/membership/" + theirs + "/freezes")
                    .with(her)
                    .with(csrf())
                    .param("firstDay", "2026-11-23")
                    .param("lastDay", "2026-11-24"))
            .andReturn();
    assertThat((String) stranger.getFlashMap().get("flashError")).contains("not found");
    assertThat(rows(t, "membership_freeze")).isEqualTo(1);

    UUID freeze =
        inTenant(
            t.tenantId(),
            () -> db.sql("SELECT id FROM membership_freeze").query(UUID.class).single());
    mvc.perform(
        post("/portal/membership/" + own + "/freezes/" + freeze + "/remove")
            .with(her)
            .with(csrf()));
    assertThat(rows(t, "membership_freeze")).isZero();
    assertThat(html(get("/portal/membership").with(her)))
        .contains("31 March 2027")
        .contains("No pauses.");
  }

  private String html(org.springframework.test.web.servlet.RequestBuilder request)
      throws Exception {
    var r = mvc.perform(request).andReturn().getResponse();
    assertThat(r.getStatus()).isEqualTo(200);
    return r.getContentAsString();
  }

  /** Her portal login, linked to her member card. */
  private RequestPostProcessor member(TestTenant t, UUID memberId) {
    String email = addUser(t, Role.MEMBER, "Asel Test");
    UUID account =
        inTenant(
            t.tenantId(),
            () -> {
              UUID a =
                  db.sql("SELECT id FROM account WHERE email = ?")
                      .param(email)
                      .query(UUID.class)
                      .single();
              members.linkAccount(memberId, a);
              return a;
            });
    var user =
        new AtriumUser(
            account, email, "Asel Test", t.tenantId(), t.slug(), "Test", "en", Role.MEMBER);
    return SecurityMockMvcRequestPostProcessors.authentication(
        new UsernamePasswordAuthenticationToken(user, null, user.authorities()));
  }
}
