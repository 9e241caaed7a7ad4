package app.atrium.comms;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A message sent (or meant) to a member, as kept in her communication history. */
public record Message(
    UUID id,
    UUID memberId,
    Channel channel,
    String to,
    String subject,
    String bodyText,
    String bodyHtml,
    MessageStatus status,
    int attempts,
    String lastError,
    Instant sentAt,
    Instant createdAt,
    String dedupeKey,
    List<AttachmentInfo> attachments) {

  public Message {
    attachments = List.copyOf(attachments);
  }
}
