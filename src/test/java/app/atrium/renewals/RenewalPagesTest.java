package app.atrium.renewals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.atrium.tasks.Task;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the front desk sees after the renewal check: the call task, and the reminder sent. */
class RenewalPagesTest extends RenewalsTestSupport {

  private Cookie signIn(String email, String password) throws Exception {
    Cookie session =
        mvc.perform(formLogin("/login").user(email).password(password))
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    assertThat(session).isNotNull();
    return session;
  }

  private String page(String path, Cookie who) throws Exception {
    return mvc.perform(get(path).cookie(who))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void the_tasks_page_lists_the_call_and_the_member_card_shows_the_reminder() throws Exception {
    Coworking c = coworking();
    UUID asel = member(c, "Asel", "Nurlanova");
    fixedTerm(c, asel, TODAY.plusDays(5), false);
    run(c);
    Task call = tasksAbout(c, asel).getFirst();
    Cookie desk = signIn(c.adminEmail(), c.tenant().password());

    String open = page("/staff/tasks", desk);
    assertThat(open)
        .contains("id=\"nav-tasks\"")
        .contains("id=\"task-" + call.id() + "\"")
        .contains("Call Asel Nurlanova about renewal")
        .contains("href=\"/staff/members/" + asel + "\"")
        .contains("Gulnara Desk")
        .contains("System")
        .doesNotContain("overdue-badge");
    assertThat(page("/staff/tasks?view=mine", desk)).contains("Call Asel Nurlanova about renewal");
    assertThat(page("/staff/tasks?view=overdue", desk))
        .doesNotContain("Call Asel Nurlanova about renewal")
        .contains("id=\"tasks-none\"");
    Cookie owner = signIn(c.tenant().ownerEmail(), c.tenant().password());
    assertThat(page("/staff/tasks?view=mine", owner))
        .doesNotContain("Call Asel Nurlanova about renewal");

    // The card loads the communication history, where the reminder is.
    assertThat(page("/staff/members/" + asel, desk))
        .contains("hx-get=\"/staff/members/" + asel + "/messages\"");
    assertThat(page("/staff/members/" + asel + "/messages", desk))
        .contains("Your Resident membership ends on December 8, 2026")
        .contains("asel-" + c.tenant().slug() + "@example.kz");

    // Two days on, the call (due 7 December) is overdue; done, it leaves the list.
    clock.setInstant(NOW.plus(Duration.ofDays(5)));
    String overdue = page("/staff/tasks?view=overdue", desk);
    assertThat(overdue).contains("Call Asel Nurlanova about renewal").contains("overdue-badge");
    assertThat(overdue).containsPattern("class=\"task overdue\"\\s+id=\"task-" + call.id());
    String row =
        mvc.perform(
                post("/staff/tasks/" + call.id() + "/done")
                    .cookie(desk)
                    .with(csrf())
                    .header("HX-Request", "true"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(row)
        .contains("data-status=\"DONE\"")
        .contains("task-done-badge")
        .doesNotContain("<html");
    assertThat(page("/staff/tasks", desk)).doesNotContain("Call Asel Nurlanova about renewal");

    // Russian staff see the page in Russian.
    assertThat(page("/staff/tasks?lang=ru", desk)).contains("Задачи").contains("Просроченные");
  }
}
