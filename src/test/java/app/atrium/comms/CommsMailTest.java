package app.atrium.comms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.atrium.members.MemberDraft;
import app.atrium.members.Members;
import app.atrium.support.IntegrationTest;
import app.atrium.support.Mails;
import app.atrium.support.Ports;
import app.atrium.support.TestTenant;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Email over real SMTP: GreenMail on a loopback port stands in for the coworking's server. */
class CommsMailTest extends IntegrationTest {

  static final int SMTP_PORT = Ports.freeLoopbackPort();

  @RegisterExtension static final GreenMailExtension smtp = Mails.server(SMTP_PORT);

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    Mails.pointAppAt(registry, SMTP_PORT);
  }

  @Autowired Messages messages;
  @Autowired Members members;

  static final byte[] PDF = "%PDF-1.4\n% an invoice\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  private UUID member(TestTenant t, String email) {
    return inTenant(
        t.tenantId(),
        () ->
            members
                .create(new MemberDraft("Асель", "Нурланова", email, null, null, false, List.of()))
                .id());
  }

  private List<MimeMessage> receivedBy(String address) {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      try {
        if (m.getAllRecipients()[0].toString().equals(address)) found.add(m);
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return found;
  }

  @Test
  void a_message_with_an_attachment_lands_in_the_mailbox_and_in_the_history() throws Exception {
    TestTenant t = newTenant();
    String email = "asel-" + t.slug() + "@example.kz";
    UUID asel = member(t, email);

    Message queued =
        inTenant(
            t.tenantId(),
            () ->
                messages.send(
                    MessageDraft.email(
                            asel,
                            "Счёт за декабрь",
                            "Здравствуйте, Асель! Счёт во вложении.",
                            "<p>Здравствуйте, <b>Асель</b>! Счёт во вложении.</p>")
                        .withAttachment(
                            new Attachment("invoice-2026-0042.pdf", "application/pdf", PDF))));
    assertThat(queued.status()).isEqualTo(MessageStatus.QUEUED);
    assertThat(queued.to()).isEqualTo(email);

    await().atMost(Duration.ofSeconds(10)).until(() -> !receivedBy(email).isEmpty());
    MimeMessage mail = receivedBy(email).getFirst();
    assertThat(mail.getSubject()).isEqualTo("Счёт за декабрь");
    assertThat(mail.getFrom()[0].toString()).contains("desk@atrium.test");
    assertThat(mail.getHeader("Message-ID")[0]).isEqualTo("<" + queued.id() + "@atrium>");
    assertThat(Mails.textOf(mail, "text/plain")).contains("Здравствуйте, Асель! Счёт во вложении.");
    assertThat(Mails.textOf(mail, "text/html")).contains("<b>Асель</b>");
    BodyPart pdf = Mails.attachment(mail);
    assertThat(pdf.getFileName()).isEqualTo("invoice-2026-0042.pdf");
    assertThat(pdf.getContentType()).startsWith("application/pdf");
    assertThat(pdf.getInputStream().readAllBytes()).isEqualTo(PDF);

    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                inTenant(t.tenantId(), () -> messages.get(queued.id())).status()
                    == MessageStatus.SENT);
    List<Message> history = inTenant(t.tenantId(), () -> messages.history(asel, 10));
    assertThat(history)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.sentAt()).isNotNull();
              assertThat(m.attempts()).isOne();
              assertThat(m.attachments())
                  .containsExactly(
                      new AttachmentInfo(
                          1, "invoice-2026-0042.pdf", "application/pdf", PDF.length));
            });

    // The API lists it for the coworking's staff, without the file's bytes.
    mvc.perform(
            get("/api/v1/messages?memberId=" + asel).header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].id").value(queued.id().toString()))
        .andExpect(jsonPath("$[0].status").value("SENT"))
        .andExpect(jsonPath("$[0].attachments[0].filename").value("invoice-2026-0042.pdf"))
        .andExpect(jsonPath("$[0].attachments[0].content").doesNotExist());

    // The member card loads the history; the file can be downloaded from it.
    Cookie desk = signIn(t.ownerEmail(), t.password());
    mvc.perform(get("/staff/members/" + asel).cookie(desk))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("hx-get=\"/staff/members/" + asel + "/messages\"")));
    mvc.perform(get("/staff/members/" + asel + "/messages").cookie(desk))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"member-messages\"")))
        .andExpect(content().string(containsString("Счёт за декабрь")))
        .andExpect(content().string(containsString("data-status=\"SENT\"")))
        .andExpect(content().string(containsString("invoice-2026-0042.pdf")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
    mvc.perform(get("/staff/messages/" + queued.id() + "/attachments/1").cookie(desk))
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
        .andExpect(content().bytes(PDF));
    mvc.perform(get("/staff/messages/" + queued.id() + "/attachments/2").cookie(desk))
        .andExpect(status().isNotFound());

    // Another coworking sees neither the message nor its file.
    TestTenant other = newTenant();
    mvc.perform(
            get("/api/v1/messages/" + queued.id())
                .header(HttpHeaders.AUTHORIZATION, other.bearer()))
        .andExpect(status().isNotFound());
    Cookie otherDesk = signIn(other.ownerEmail(), other.password());
    mvc.perform(get("/staff/messages/" + queued.id() + "/attachments/1").cookie(otherDesk))
        .andExpect(status().isNotFound());
    mvc.perform(get("/staff/members/" + asel + "/messages").cookie(otherDesk))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Счёт за декабрь"))));
  }

  @Test
  void a_message_with_a_dedupe_key_goes_out_once() throws Exception {
    TestTenant t = newTenant();
    String email = "timur-" + t.slug() + "@example.kz";
    UUID timur = member(t, email);
    MessageDraft reminder =
        MessageDraft.email(timur, "Renewal", "Your membership ends soon.", null)
            .withDedupeKey("renewal:x:2026-12-10");

    assertThat(inTenant(t.tenantId(), () -> messages.sendOnce(reminder))).isPresent();
    assertThat(inTenant(t.tenantId(), () -> messages.sendOnce(reminder))).isEmpty();
    await().atMost(Duration.ofSeconds(10)).until(() -> receivedBy(email).size() == 1);
    Thread.sleep(300);
    assertThat(receivedBy(email)).hasSize(1);
    assertThat(GreenMailUtil.getBody(receivedBy(email).getFirst()))
        .contains("Your membership ends soon.");
    assertThat(inTenant(t.tenantId(), () -> messages.history(timur, 10))).hasSize(1);
  }

  Cookie signIn(String email, String password) throws Exception {
    var result = mvc.perform(formLogin("/login").user(email).password(password)).andReturn();
    Cookie session = result.getResponse().getCookie("SESSION");
    assertThat(session).as("session cookie after signing in as " + email).isNotNull();
    return session;
  }
}
