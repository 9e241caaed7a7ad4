package app.atrium.comms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.atrium.comms.delivery.Outbox;
import app.atrium.members.MemberDraft;
import app.atrium.members.Members;
import app.atrium.platform.web.AtriumException;
import app.atrium.support.IntegrationTest;
import app.atrium.support.TestTenant;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The outbox against a mail server that refuses connections (the test setup's port 9): a message
 * stays queued and is retried with backoff by the relay until its last attempt fails it for good.
 */
class CommsOutboxTest extends IntegrationTest {

  @Autowired Messages messages;
  @Autowired Members members;
  @Autowired Outbox outbox;
  @Autowired CommsProperties props;

  private UUID member(TestTenant t, String email) {
    return inTenant(
        t.tenantId(),
        () ->
            members
                .create(new MemberDraft("Ерлан", "Жумабаев", email, null, null, false, List.of()))
                .id());
  }

  private Message reload(TestTenant t, UUID id) {
    return inTenant(t.tenantId(), () -> messages.get(id));
  }

  @Test
  void an_undeliverable_message_is_retried_with_backoff_then_failed() {
    TestTenant t = newTenant();
    UUID erlan = member(t, "erlan-" + t.slug() + "@example.kz");
    clock.setInstant(clock.instant());
    UUID id =
        inTenant(
                t.tenantId(),
                () -> messages.send(MessageDraft.email(erlan, "Hello", "Welcome!", null)))
            .id();

    // The attempt right after commit fails and leaves it queued for a minute later.
    await().atMost(Duration.ofSeconds(10)).until(() -> reload(t, id).attempts() == 1);
    Message first = reload(t, id);
    assertThat(first.status()).isEqualTo(MessageStatus.QUEUED);
    assertThat(first.lastError()).isNotBlank();
    assertThat(first.sentAt()).isNull();

    outbox.relay();
    assertThat(reload(t, id).attempts()).as("not due yet").isOne();

    for (int attempt = 2; attempt <= props.maxAttempts(); attempt++) {
      clock.advance(Duration.ofHours(5));
      outbox.relay();
      assertThat(reload(t, id).attempts()).isEqualTo(attempt);
    }
    Message failed = reload(t, id);
    assertThat(failed.status()).isEqualTo(MessageStatus.FAILED);
    clock.advance(Duration.ofDays(1));
    outbox.relay();
    assertThat(reload(t, id).attempts())
        .as("a failed message is not retried")
        .isEqualTo(props.maxAttempts());
  }

  @Test
  void a_message_without_an_address_or_with_bad_attachments_is_refused_and_nothing_is_kept() {
    TestTenant t = newTenant();
    UUID noEmail = member(t, null);
    UUID withEmail = member(t, "aigul-" + t.slug() + "@example.kz");
    assertThatThrownBy(
            () ->
                inTenant(
                    t.tenantId(),
                    () -> messages.send(MessageDraft.email(noEmail, "Hello", "Text", null))))
        .isInstanceOf(AtriumException.class)
        .hasMessageContaining("to:");
    assertThatThrownBy(
            () ->
                inTenant(
                    t.tenantId(),
                    () ->
                        messages.send(
                            MessageDraft.email(withEmail, "Hello", "Text", null)
                                .withAttachment(
                                    new Attachment("../etc/passwd", "text/plain", new byte[1])))))
        .isInstanceOf(AtriumException.class)
        .hasMessageContaining("filename");
    assertThatThrownBy(
            () ->
                inTenant(
                    t.tenantId(),
                    () -> messages.send(MessageDraft.email(UUID.randomUUID(), "Hi", "Text", null))))
        .isInstanceOf(AtriumException.class);
    long kept =
        inTenant(
            t.tenantId(), () -> db.sql("SELECT count(*) FROM message").query(Long.class).single());
    assertThat(kept).isZero();
  }

  @Test
  void another_coworking_sees_none_of_the_messages_or_their_files() {
    TestTenant t = newTenant();
    TestTenant other = newTenant();
    UUID erlan = member(t, "erlan-" + t.slug() + "@example.kz");
    UUID id =
        inTenant(
                t.tenantId(),
                () ->
                    messages.send(
                        MessageDraft.email(erlan, "Private", "Text", null)
                            .withAttachment(new Attachment("a.txt", "text/plain", new byte[] {1}))))
            .id();
    assertThat(inTenant(other.tenantId(), () -> messages.find(id))).isEmpty();
    assertThat(inTenant(other.tenantId(), () -> messages.history(erlan, 10))).isEmpty();
    for (String table : List.of("message", "message_attachment")) {
      long seen =
          inTenant(
              other.tenantId(),
              () -> db.sql("SELECT count(*) FROM " + table).query(Long.class).single());
      assertThat(seen).as(table).isZero();
    }
    int changed =
        inTenant(
            other.tenantId(),
            () -> db.sql("UPDATE message SET subject = 'x' WHERE id = ?").param(id).update());
    assertThat(changed).isZero();
    assertThat(reload(t, id).subject()).isEqualTo("Private");
  }
}
