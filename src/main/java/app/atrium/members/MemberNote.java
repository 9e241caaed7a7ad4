package app.atrium.members;

import java.time.Instant;
import java.util.UUID;

/** An entry of a member's timeline: what was noted, by whom, when. */
public record MemberNote(
    UUID id,
    UUID memberId,
    String text,
    UUID authorAccountId,
    String authorName,
    Instant createdAt) {}
