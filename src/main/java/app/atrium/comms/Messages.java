package app.atrium.comms;

import app.atrium.comms.delivery.MailGateway;
import app.atrium.comms.delivery.Outbox;
import app.atrium.comms.persistence.MessageStore;
import app.atrium.comms.persistence.MessageStore.NewMessage;
import app.atrium.members.Member;
import app.atrium.members.Members;
import app.atrium.platform.web.AtriumException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages to the members of the current tenant: sending (kept in the history first, delivered
 * after commit) and the history itself. What billing, plans and the member card call.
 */
@Service
public class Messages {

  public static final int MAX_ATTACHMENTS = 20;
  public static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");
  private static final Pattern CONTENT_TYPE =
      Pattern.compile("^[a-z0-9!#$&^_.+-]+/[a-zA-Z0-9!#$&^_.+-]+$");

  private final MessageStore store;
  private final Outbox outbox;
  private final MailGateway mail;
  private final Members members;
  private final Clock clock;

  Messages(MessageStore store, Outbox outbox, MailGateway mail, Members members, Clock clock) {
    this.store = store;
    this.outbox = outbox;
    this.mail = mail;
    this.members = members;
    this.clock = clock;
  }

  /**
   * Keeps the message in the member's history and, with a mail server, queues it to go out after
   * the caller's transaction commits. A {@code dedupeKey} that another message has is refused (409,
   * naming it).
   */
  @Transactional
  public Message send(MessageDraft draft) {
    UUID id = write(draft);
    if (id == null) {
      Message existing = store.findByDedupeKey(draft.dedupeKey()).orElseThrow();
      throw new AtriumException(
          HttpStatus.CONFLICT,
          "duplicate-message",
          "Message " + existing.id() + " already has the dedupe key '" + draft.dedupeKey() + "'.");
    }
    return get(id);
  }

  /**
   * Sends the message unless one with its (required) {@code dedupeKey} exists: the new message, or
   * empty. A job that runs twice, or on two nodes at once, sends it once.
   */
  @Transactional
  public Optional<Message> sendOnce(MessageDraft draft) {
    if (draft.dedupeKey() == null || draft.dedupeKey().isBlank()) {
      throw AtriumException.invalid("dedupeKey", "is required to send a message once");
    }
    UUID id = write(draft);
    return id == null ? Optional.empty() : Optional.of(get(id));
  }

  /** Whether messages go out (a mail server is configured) or are only kept. */
  public boolean deliveryConfigured() {
    return mail.configured();
  }

  /** The member's messages, newest first (at most {@code limit}). */
  @Transactional(readOnly = true)
  public List<Message> history(UUID memberId, int limit) {
    return store.history(memberId, Math.clamp(limit, 1, 500));
  }

  /** The coworking's newest messages. */
  @Transactional(readOnly = true)
  public List<Message> recent(int limit) {
    return store.recent(Math.clamp(limit, 1, 500));
  }

  @Transactional(readOnly = true)
  public Optional<Message> find(UUID id) {
    return store.find(id);
  }

  /** The message, or a 404 problem. */
  @Transactional(readOnly = true)
  public Message get(UUID id) {
    return find(id).orElseThrow(() -> AtriumException.notFound("Message", id));
  }

  @Transactional(readOnly = true)
  public Optional<Message> findByDedupeKey(String key) {
    return key == null ? Optional.empty() : store.findByDedupeKey(key);
  }

  /** A file of a message (positions from 1), or a 404 problem. */
  @Transactional(readOnly = true)
  public Attachment attachment(UUID messageId, int position) {
    return store
        .attachment(messageId, position)
        .orElseThrow(() -> AtriumException.notFound("Attachment", messageId + "/" + position));
  }

  /** The new message's id, or null when its dedupe key is taken. */
  private UUID write(MessageDraft d) {
    if (d.memberId() == null) throw AtriumException.invalid("memberId", "is required");
    Member member = members.get(d.memberId());
    String to = d.to() != null ? d.to().strip().toLowerCase(Locale.ROOT) : member.email();
    if (to == null || to.isBlank()) {
      throw AtriumException.invalid(
          "to", "the member has no email address; add one on her card first");
    }
    if (to.length() > 254 || !EMAIL.matcher(to).matches()) {
      throw AtriumException.invalid("to", "is not an email address");
    }
    String subject = d.subject() == null ? "" : d.subject().strip();
    if (subject.isEmpty() || subject.length() > 300 || subject.contains("\n")) {
      throw AtriumException.invalid("subject", "must be one line of 1 to 300 characters");
    }
    if (d.text() == null || d.text().isBlank() || d.text().length() > 100_000) {
      throw AtriumException.invalid("text", "must be 1 to 100000 characters");
    }
    if (d.html() != null && d.html().length() > 200_000) {
      throw AtriumException.invalid("html", "must be at most 200000 characters");
    }
    if (d.dedupeKey() != null && (d.dedupeKey().isEmpty() || d.dedupeKey().length() > 200)) {
      throw AtriumException.invalid("dedupeKey", "must be 1 to 200 characters");
    }
    validate(d.attachments());
    UUID id = UUID.randomUUID();
    MessageStatus status = mail.configured() ? MessageStatus.QUEUED : MessageStatus.NOT_CONFIGURED;
    Instant now = clock.instant();
    boolean written =
        store.insert(
            new NewMessage(
                id, member.id(), to, subject, d.text(), d.html(), status, now, d.dedupeKey()),
            d.attachments());
    if (!written) return null;
    if (status == MessageStatus.QUEUED) outbox.deliverAfterCommit(id);
    return id;
  }

  private static void validate(List<Attachment> attachments) {
    if (attachments.size() > MAX_ATTACHMENTS) {
      throw AtriumException.invalid("attachments", "at most " + MAX_ATTACHMENTS + " files");
    }
    for (int i = 0; i < attachments.size(); i++) {
      Attachment a = attachments.get(i);
      String field = "attachments[" + i + "]";
      if (a.filename() == null
          || a.filename().isBlank()
          || a.filename().length() > 200
          || a.filename().matches(".*[/\\\\\\r\\n].*")) {
        throw AtriumException.invalid(
            field + ".filename", "must be a plain file name of 1 to 200 characters");
      }
      if (a.contentType() == null || !CONTENT_TYPE.matcher(a.contentType()).matches()) {
        throw AtriumException.invalid(
            field + ".contentType", "must be a MIME type such as application/pdf");
      }
      if (a.size() > MAX_ATTACHMENT_BYTES) {
        throw AtriumException.invalid(field + ".content", "must be at most 10 MB");
      }
    }
  }
}
