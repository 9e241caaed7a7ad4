package app.atrium.comms;

import java.util.List;
import java.util.UUID;

/**
 * A message to a member: {@code to} defaults to her email; {@code html} is optional ({@code text}
 * is always sent, as the plain part); at most 20 attachments of 10 MB each. A {@code dedupeKey}
 * (unique in the coworking) makes it go out once.
 */
public record MessageDraft(
    UUID memberId,
    String to,
    String subject,
    String text,
    String html,
    List<Attachment> attachments,
    String dedupeKey) {

  public MessageDraft {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  /** An email to the member's own address. */
  public static MessageDraft email(UUID memberId, String subject, String text, String html) {
    return new MessageDraft(memberId, null, subject, text, html, List.of(), null);
  }

  public MessageDraft withAttachment(Attachment a) {
    var all = new java.util.ArrayList<>(attachments);
    all.add(a);
    return new MessageDraft(memberId, to, subject, text, html, all, dedupeKey);
  }

  public MessageDraft withDedupeKey(String key) {
    return new MessageDraft(memberId, to, subject, text, html, attachments, key);
  }
}
