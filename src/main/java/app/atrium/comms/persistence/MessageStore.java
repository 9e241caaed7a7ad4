package app.atrium.comms.persistence;

import app.atrium.comms.Attachment;
import app.atrium.comms.AttachmentInfo;
import app.atrium.comms.Channel;
import app.atrium.comms.Message;
import app.atrium.comms.MessageStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the comms module's tables, {@code message} and {@code message_attachment}. */
@Repository
public class MessageStore {

  private static final String SELECT =
      """
      SELECT id, member_id, channel, to_address, subject, body_text, body_html, status, attempts,
             last_error, sent_at, created_at, dedupe_key
        FROM message
      """;

  private final JdbcClient db;

  MessageStore(JdbcClient db) {
    this.db = db;
  }

  /** A message as first written. */
  public record NewMessage(
      UUID id,
      UUID memberId,
      String to,
      String subject,
      String text,
      String html,
      MessageStatus status,
      Instant createdAt,
      String dedupeKey) {}

  /** Writes the message and its attachments; false (and nothing written) when its key is taken. */
  public boolean insert(NewMessage m, List<Attachment> attachments) {
    boolean queued = m.status() == MessageStatus.QUEUED;
    Optional<UUID> id =
        db.sql(
                """
                INSERT INTO message (tenant_id, id, member_id, channel, to_address, subject,
                                     body_text, body_html, status, next_attempt_at, created_at,
                                     dedupe_key)
                VALUES (atrium_current_tenant(), ?, ?, 'EMAIL', ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT ON CONSTRAINT message_dedupe_key DO NOTHING
                RETURNING id
                """)
            .param(m.id())
            .param(m.memberId())
            .param(m.to())
            .param(m.subject())
            .param(m.text())
            .param(m.html())
            .param(m.status().name())
            .param(queued ? Timestamp.from(m.createdAt()) : null)
            .param(Timestamp.from(m.createdAt()))
            .param(m.dedupeKey())
            .query(UUID.class)
            .optional();
    if (id.isEmpty()) return false;
    int position = 1;
    for (Attachment a : attachments) {
      db.sql(
              """
              INSERT INTO message_attachment (tenant_id, message_id, position, filename,
                                              content_type, content)
              VALUES (atrium_current_tenant(), ?, ?, ?, ?, ?)
              """)
          .param(m.id())
          .param(position++)
          .param(a.filename())
          .param(a.contentType())
          .param(a.content())
          .update();
    }
    return true;
  }

  public Optional<Message> find(UUID id) {
    return db.sql(SELECT + " WHERE id = ?")
        .param(id)
        .query(MessageStore::row)
        .optional()
        .map(m -> withAttachments(List.of(m)).getFirst());
  }

  public Optional<Message> findByDedupeKey(String key) {
    return db.sql(SELECT + " WHERE dedupe_key = ?")
        .param(key)
        .query(MessageStore::row)
        .optional()
        .map(m -> withAttachments(List.of(m)).getFirst());
  }

  /** The member's messages, newest first. */
  public List<Message> history(UUID memberId, int limit) {
    return withAttachments(
        db.sql(SELECT + " WHERE member_id = ? ORDER BY created_at DESC, seq DESC LIMIT ?")
            .param(memberId)
            .param(limit)
            .query(MessageStore::row)
            .list());
  }

  /** The newest messages of the coworking. */
  public List<Message> recent(int limit) {
    return withAttachments(
        db.sql(SELECT + " ORDER BY created_at DESC, seq DESC LIMIT ?")
            .param(limit)
            .query(MessageStore::row)
            .list());
  }

  public Optional<Attachment> attachment(UUID messageId, int position) {
    return db.sql(
            "SELECT filename, content_type, content FROM message_attachment"
                + " WHERE message_id = ? AND position = ?")
        .param(messageId)
        .param(position)
        .query((rs, i) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)))
        .optional();
  }

  public List<Attachment> attachments(UUID messageId) {
    return db.sql(
            "SELECT filename, content_type, content FROM message_attachment"
                + " WHERE message_id = ? ORDER BY position")
        .param(messageId)
        .query((rs, i) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)))
        .list();
  }

  /**
   * The message if it is queued and due at {@code now}, locked for delivery; empty when another
   * node is delivering it (or it is no longer queued), which is what makes a delivery happen once.
   */
  public Optional<Message> lockDue(UUID id, Instant now) {
    return db.sql(
            SELECT
                + " WHERE id = ? AND status = 'QUEUED' AND next_attempt_at <= ?"
                + " FOR UPDATE SKIP LOCKED")
        .param(id)
        .param(Timestamp.from(now))
        .query(MessageStore::row)
        .optional();
  }

  public void markSent(UUID id, Instant at) {
    db.sql(
            "UPDATE message SET status = 'SENT', sent_at = ?, next_attempt_at = NULL,"
                + " attempts = attempts + 1, last_error = NULL WHERE id = ?")
        .param(Timestamp.from(at))
        .param(id)
        .update();
  }

  /** Records a failed attempt: retried at {@code retryAt}, or FAILED for good when null. */
  public void markAttemptFailed(UUID id, String error, Instant retryAt) {
    db.sql(
            "UPDATE message SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?,"
                + " status = CASE WHEN CAST(? AS timestamptz) IS NULL THEN 'FAILED' ELSE status END"
                + " WHERE id = ?")
        .param(truncate(error))
        .param(retryAt == null ? null : Timestamp.from(retryAt))
        .param(retryAt == null ? null : Timestamp.from(retryAt))
        .param(id)
        .update();
  }

  private static String truncate(String error) {
    if (error == null || error.isBlank()) return "unknown error";
    return error.length() > 1000 ? error.substring(0, 1000) : error;
  }

  private List<Message> withAttachments(List<Message> messages) {
    if (messages.isEmpty()) return messages;
    Map<UUID, List<AttachmentInfo>> byMessage = new HashMap<>();
    db.sql(
            "SELECT message_id, position, filename, content_type, octet_length(content)"
                + " FROM message_attachment WHERE message_id = ANY(?) ORDER BY position")
        .param(messages.stream().map(Message::id).toArray(UUID[]::new))
        .query(
            rs -> {
              byMessage
                  .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                  .add(
                      new AttachmentInfo(
                          rs.getInt(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
            });
    return messages.stream()
        .map(
            m ->
                new Message(
                    m.id(),
                    m.memberId(),
                    m.channel(),
                    m.to(),
                    m.subject(),
                    m.bodyText(),
                    m.bodyHtml(),
                    m.status(),
                    m.attempts(),
                    m.lastError(),
                    m.sentAt(),
                    m.createdAt(),
                    m.dedupeKey(),
                    byMessage.getOrDefault(m.id(), List.of())))
        .toList();
  }

  private static Message row(ResultSet rs, int i) throws SQLException {
    OffsetDateTime sent = rs.getObject("sent_at", OffsetDateTime.class);
    return new Message(
        rs.getObject("id", UUID.class),
        rs.getObject("member_id", UUID.class),
        Channel.valueOf(rs.getString("channel")),
        rs.getString("to_address"),
        rs.getString("subject"),
        rs.getString("body_text"),
        rs.getString("body_html"),
        MessageStatus.valueOf(rs.getString("status")),
        rs.getInt("attempts"),
        rs.getString("last_error"),
        sent == null ? null : sent.toInstant(),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getString("dedupe_key"),
        List.of());
  }
}
