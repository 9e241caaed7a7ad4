package app.atrium.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.atrium.platform.security.Role;
import app.atrium.support.IntegrationTest;
import app.atrium.support.TestTenant;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PortalTest extends IntegrationTest {

  @Autowired Members members;

  @Test
  void the_portal_shows_asel_her_own_card() throws Exception {
    var login =
        mvc.perform(formLogin("/login").user("asel@demo.atrium").password("demo"))
            .andExpect(redirectedUrl("/portal"))
            .andReturn();
    Cookie asel = login.getResponse().getCookie("SESSION");

    mvc.perform(get("/portal").cookie(asel).param("lang", "ru"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"portal-welcome\"")))
        .andExpect(content().string(containsString("Здравствуйте, Асель Нурланова")))
        .andExpect(content().string(containsString("Шанырак Дизайн")))
        .andExpect(content().string(containsString("+7 701 555 12 34")))
        .andExpect(content().string(containsString("asel@demo.atrium")))
        .andExpect(content().string(containsString("id=\"portal-phone\"")));
    // A member stays out of the staff pages.
    mvc.perform(get("/staff/members").cookie(asel)).andExpect(status().isForbidden());
  }

  @Test
  void a_member_changes_her_own_phone_and_nothing_else() throws Exception {
    TestTenant t = newTenant();
    String email = addUser(t, Role.MEMBER, "Dana Member");
    UUID id =
        inTenant(
            t.tenantId(),
            () -> {
              UUID account = accounts.grant(email, "Dana Member", Role.MEMBER);
              var dana =
                  members.create(
                      new MemberDraft(
                          "Dana", "Member", email, "+7 701 000 00 00", null, false, List.of("it")));
              members.linkAccount(dana.id(), account);
              return dana.id();
            });
    Cookie dana =
        mvc.perform(formLogin("/login").user(email).password(t.password()))
            .andExpect(redirectedUrl("/portal"))
            .andReturn()
            .getResponse()
            .getCookie("SESSION");

    mvc.perform(post("/portal/phone").cookie(dana).with(csrf()).param("phone", "+7 705 111 22 33"))
        .andExpect(redirectedUrl("/portal"));
    mvc.perform(get("/portal").cookie(dana))
        .andExpect(content().string(containsString("+7 705 111 22 33")));

    mvc.perform(post("/portal/phone").cookie(dana).with(csrf()).param("phone", "call me maybe"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("id=\"portal-phone-error\"")));
    Member after = inTenant(t.tenantId(), () -> members.get(id));
    assertThat(after.phone()).isEqualTo("+7 705 111 22 33");
    assertThat(after.tags()).containsExactly("it");
  }

  @Test
  void a_member_without_a_card_is_told_to_ask_the_front_desk() throws Exception {
    TestTenant t = newTenant();
    String email = addUser(t, Role.MEMBER, "No Card");
    Cookie session =
        mvc.perform(formLogin("/login").user(email).password(t.password()))
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    mvc.perform(get("/portal").cookie(session))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"portal-no-card\"")))
        .andExpect(content().string(containsString("No Card")));
    mvc.perform(post("/portal/phone").cookie(session).with(csrf()).param("phone", "+7 700"))
        .andExpect(status().isNotFound());
  }
}
