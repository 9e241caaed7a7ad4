package app.atrium.comms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import app.atrium.comms.delivery.Outbox;
import app.atrium.members.MemberDraft;
import app.atrium.members.Members;
import app.atrium.support.IntegrationTest;
import app.atrium.support.TestTenant;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With no SMTP host (the demo's default) every message is still kept and shown on the card. */
class CommsWithoutMailServerTest extends IntegrationTest {

  @DynamicPropertySource
  static void noMailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "");
  }

  @Autowired Messages messages;
  @Autowired Members members;
  @Autowired Outbox outbox;

  @Test
  void a_message_is_kept_as_not_configured_and_shown_on_the_member_card() throws Exception {
    TestTenant t = newTenant();
    UUID asel =
        inTenant(
            t.tenantId(),
            () ->
                members
                    .create(
                        new MemberDraft(
                            "Asel",
                            "N",
                            "asel-" + t.slug() + "@example.kz",
                            null,
                            null,
                            false,
                            List.of()))
                    .id());
    assertThat(messages.deliveryConfigured()).isFalse();
    Message m =
        inTenant(
            t.tenantId(),
            () ->
                messages.send(
                    MessageDraft.email(asel, "Your membership ends soon", "See you!", null)));
    assertThat(m.status()).isEqualTo(MessageStatus.NOT_CONFIGURED);
    outbox.relay();
    Message after = inTenant(t.tenantId(), () -> messages.get(m.id()));
    assertThat(after.status()).isEqualTo(MessageStatus.NOT_CONFIGURED);
    assertThat(after.attempts()).isZero();

    Cookie desk =
        mvc.perform(formLogin("/login").user(t.ownerEmail()).password(t.password()))
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    mvc.perform(get("/staff/members/" + asel + "/messages").cookie(desk))
        .andExpect(content().string(containsString("Your membership ends soon")))
        .andExpect(content().string(containsString("id=\"messages-not-configured\"")))
        .andExpect(content().string(containsString("data-status=\"NOT_CONFIGURED\"")));
  }
}
