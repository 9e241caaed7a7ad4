package app.atrium.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.atrium.platform.security.Role;
import app.atrium.support.IntegrationTest;
import app.atrium.support.TestTenant;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MembersPagesTest extends IntegrationTest {

  @Autowired Members members;
  @Autowired Companies companies;

  @Test
  void the_front_desk_finds_a_member_and_opens_her_card() throws Exception {
    TestTenant t = newTenant();
    Member asel =
        inTenant(
            t.tenantId(),
            () -> {
              var firm =
                  companies.create(new CompanyDraft("Шанырак Дизайн", "", "", "", "", "", ""));
              members.create(
                  new MemberDraft(
                      "Ерлан", "Жумабаев", null, "+7 777 100 20 30", null, false, List.of()));
              return members.create(
                  new MemberDraft(
                      "Асель",
                      "Нурланова",
                      "asel@example.kz",
                      "+7 701 555 12 34",
                      firm.id(),
                      true,
                      List.of("дизайн")));
            });
    Cookie desk = signIn(addUser(t, Role.ADMIN, "Gulnara Desk"), t.password());

    mvc.perform(get("/staff/members").cookie(desk))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"member-search\"")))
        .andExpect(content().string(containsString("id=\"new-member\"")))
        .andExpect(content().string(containsString("Асель Нурланова")))
        .andExpect(content().string(containsString("Ерлан Жумабаев")));

    // The live search answers with just the rows.
    String rows =
        mvc.perform(
                get("/staff/members").param("q", "нурл").header("HX-Request", "true").cookie(desk))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(rows)
        .contains("id=\"member-results\"", "Асель Нурланова")
        .doesNotContain("Ерлан", "<html");

    // Without JavaScript the search is a plain GET form.
    mvc.perform(get("/staff/members").param("q", "777 100").cookie(desk))
        .andExpect(content().string(containsString("Ерлан Жумабаев")))
        .andExpect(content().string(not(containsString("Асель Нурланова"))));

    mvc.perform(get("/staff/members/" + asel.id()).cookie(desk))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("+7 701 555 12 34")))
        .andExpect(content().string(containsString("asel@example.kz")))
        .andExpect(content().string(containsString("Шанырак Дизайн")))
        .andExpect(content().string(containsString("дизайн")))
        .andExpect(content().string(containsString("id=\"note-text\"")))
        .andExpect(content().string(containsString("id=\"add-note\"")))
        .andExpect(content().string(containsString("id=\"save-member\"")));
  }

  @Test
  void the_front_desk_adds_a_member_with_the_form_and_sees_errors_next_to_the_fields()
      throws Exception {
    TestTenant t = newTenant();
    UUID firm =
        inTenant(
            t.tenantId(),
            () -> companies.create(new CompanyDraft("Алатау Софт", "", "", "", "", "", "")).id());
    Cookie desk = signIn(addUser(t, Role.ADMIN, "Gulnara Desk"), t.password());

    mvc.perform(get("/staff/members/new").cookie(desk))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"firstName\"")))
        .andExpect(content().string(containsString("id=\"companyId\"")))
        .andExpect(content().string(containsString("Алатау Софт")));

    mvc.perform(
            post("/staff/members/new")
                .cookie(desk)
                .with(csrf())
                .param("firstName", "")
                .param("email", "not-an-email")
                .param("phone", "звоните")
                .param("tags", "it"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("id=\"firstName-error\"")))
        .andExpect(content().string(containsString("id=\"email-error\"")))
        .andExpect(content().string(containsString("id=\"phone-error\"")))
        .andExpect(content().string(not(containsString("Exception"))));
    assertThat(inTenant(t.tenantId(), () -> members.search(MemberQuery.active(null, 10)).total()))
        .isZero();

    String location =
        mvc.perform(
                post("/staff/members/new")
                    .cookie(desk)
                    .with(csrf())
                    .param("firstName", "Дана")
                    .param("lastName", "Омарова")
                    .param("email", "dana@example.kz")
                    .param("phone", "+7 705 123 45 67")
                    .param("companyId", firm.toString())
                    .param("billedToCompany", "true")
                    .param("tags", "IT, стартап, it"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/staff/members/*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    Member dana = inTenant(t.tenantId(), () -> members.get(id));
    assertThat(dana.fullName()).isEqualTo("Дана Омарова");
    assertThat(dana.companyId()).isEqualTo(firm);
    assertThat(dana.billedToCompany()).isTrue();
    assertThat(dana.tags()).containsExactly("it", "стартап");

    // The same email again: refused next to the email field, in the visitor's language.
    mvc.perform(
            post("/staff/members/new")
                .cookie(desk)
                .with(csrf())
                .param("firstName", "Дана")
                .param("email", "DANA@example.kz")
                .param("lang", "ru"))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("Эта почта уже есть у другого участника")));
  }

  @Test
  void the_front_desk_adds_notes_from_the_card_with_and_without_htmx() throws Exception {
    TestTenant t = newTenant();
    UUID id =
        inTenant(
            t.tenantId(),
            () ->
                members
                    .create(new MemberDraft("Асель", "Нурланова", null, "", null, false, List.of()))
                    .id());
    Cookie desk = signIn(addUser(t, Role.ADMIN, "Gulnara Desk"), t.password());

    mvc.perform(
            post("/staff/members/" + id + "/notes")
                .cookie(desk)
                .with(csrf())
                .param("text", "Забыла пропуск"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/staff/members/" + id + "#member-notes"));
    String fragment =
        mvc.perform(
                post("/staff/members/" + id + "/notes")
                    .cookie(desk)
                    .with(csrf())
                    .header("HX-Request", "true")
                    .param("text", "Просит парковку"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(fragment).contains("id=\"member-notes\"", "Gulnara Desk").doesNotContain("<html");
    assertThat(fragment.indexOf("Просит парковку")).isLessThan(fragment.indexOf("Забыла пропуск"));

    // An empty note is refused and changes nothing.
    mvc.perform(
            post("/staff/members/" + id + "/notes")
                .cookie(desk)
                .with(csrf())
                .header("HX-Request", "true")
                .param("text", "   "))
        .andExpect(content().string(containsString("id=\"note-error\"")));
    mvc.perform(get("/staff/members/" + id).cookie(desk))
        .andExpect(content().string(containsString("Просит парковку")))
        .andExpect(content().string(containsString("Забыла пропуск")));
  }

  @Test
  void staff_pages_answer_404_for_another_coworkings_member_and_company() throws Exception {
    TestTenant mine = newTenant();
    TestTenant theirs = newTenant();
    Member secret =
        inTenant(
            theirs.tenantId(),
            () ->
                members.create(
                    new MemberDraft("Секретная", "Участница", null, "", null, false, List.of())));
    UUID firm =
        inTenant(
            theirs.tenantId(),
            () -> companies.create(new CompanyDraft("Чужая", "", "", "", "", "", "")).id());
    Cookie desk = signIn(addUser(mine, Role.ADMIN, "Gulnara Desk"), mine.password());

    mvc.perform(get("/staff/members/" + secret.id()).cookie(desk))
        .andExpect(status().isNotFound())
        .andExpect(content().string(not(containsString("Секретная"))));
    mvc.perform(get("/staff/companies/" + firm).cookie(desk)).andExpect(status().isNotFound());
    mvc.perform(get("/staff/members/not-an-id").cookie(desk)).andExpect(status().isNotFound());
    mvc.perform(get("/staff/members").param("q", "секрет").cookie(desk))
        .andExpect(content().string(not(containsString("Секретная"))));
  }

  @Test
  void an_accountant_sees_members_but_cannot_change_them() throws Exception {
    TestTenant t = newTenant();
    UUID id =
        inTenant(
            t.tenantId(),
            () ->
                members
                    .create(new MemberDraft("Асель", "Нурланова", null, "", null, false, List.of()))
                    .id());
    Cookie accountant = signIn(addUser(t, Role.ACCOUNTANT, "Aigerim Books"), t.password());

    mvc.perform(get("/staff/members/" + id).cookie(accountant))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Асель Нурланова")))
        .andExpect(content().string(not(containsString("id=\"save-member\""))));
    mvc.perform(post("/staff/members/" + id + "/archive").cookie(accountant).with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(inTenant(t.tenantId(), () -> members.get(id).active())).isTrue();
  }

  @Test
  void the_company_card_lists_its_people_and_refuses_deletion_while_they_are_active()
      throws Exception {
    TestTenant t = newTenant();
    UUID firm =
        inTenant(
            t.tenantId(),
            () -> {
              var c =
                  companies.create(
                      new CompanyDraft(
                          "Номад Логистик",
                          "ТОО «Номад Логистик»",
                          "170240045678",
                          "",
                          "",
                          "",
                          ""));
              members.create(
                  new MemberDraft("Тимур", "Касымов", null, "", c.id(), true, List.of()));
              return c.id();
            });
    Cookie desk = signIn(addUser(t, Role.ADMIN, "Gulnara Desk"), t.password());

    mvc.perform(get("/staff/companies").cookie(desk))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"new-company\"")))
        .andExpect(content().string(containsString("Номад Логистик")));
    mvc.perform(get("/staff/companies/" + firm).cookie(desk))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"company-members\"")))
        .andExpect(content().string(containsString("Тимур Касымов")))
        .andExpect(content().string(containsString("170240045678")));
    mvc.perform(post("/staff/companies/" + firm + "/delete").cookie(desk).with(csrf()))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("id=\"delete-refused\"")));
    assertThat(inTenant(t.tenantId(), () -> companies.find(firm))).isPresent();

    mvc.perform(
            post("/staff/companies/new")
                .cookie(desk)
                .with(csrf())
                .param("name", "Тау Архитектс")
                .param("taxId", "210640056789"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrlPattern("/staff/companies/*"));
    mvc.perform(
            post("/staff/companies/new").cookie(desk).with(csrf()).param("name", "тау архитектс"))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("id=\"name-error\"")));
  }

  /** Signs in through the real sign-in form and returns the session cookie. */
  Cookie signIn(String email, String password) throws Exception {
    var result =
        mvc.perform(formLogin("/login").user(email).password(password))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    Cookie session = result.getResponse().getCookie("SESSION");
    assertThat(session).as("session cookie after signing in as " + email).isNotNull();
    return session;
  }
}
