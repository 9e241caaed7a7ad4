package app.atrium.members;

import app.atrium.platform.tenant.TenantContext;
import app.atrium.platform.web.AtriumException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A member's timeline: dated notes by the front desk, newest first. */
@Service
public class MemberNotes {

  private final JdbcClient db;
  private final Clock clock;
  private final Members members;
  private final DraftValidation validation;

  MemberNotes(JdbcClient db, Clock clock, Members members, DraftValidation validation) {
    this.db = db;
    this.clock = clock;
    this.members = members;
    this.validation = validation;
  }

  /** The notes on member {@code memberId}, newest first; 404 when there is no such member. */
  @Transactional(readOnly = true)
  public List<MemberNote> timeline(UUID memberId) {
    requireMember(memberId);
    return db.sql(
            "SELECT id, member_id, text, author_account_id, author_name, created_at FROM member_note"
                + " WHERE member_id = ? ORDER BY created_at DESC, seq DESC")
        .param(memberId)
        .query(
            (rs, i) ->
                new MemberNote(
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    rs.getString(3),
                    rs.getObject(4, UUID.class),
                    rs.getString(5),
                    rs.getObject(6, OffsetDateTime.class).toInstant()))
        .list();
  }

  /** Adds a note written now by the signed-in person. */
  @Transactional
  public MemberNote add(UUID memberId, NoteDraft draft) {
    var user =
        TenantContext.currentUser()
            .orElseThrow(() -> new IllegalStateException("A note needs a signed-in author"));
    return add(
        memberId, draft, new NoteAuthor(user.accountId(), user.displayName()), clock.instant());
  }

  /**
   * Adds a note by {@code author} at {@code at}: for notes the system writes and for imports of an
   * older timeline.
   */
  @Transactional
  public MemberNote add(UUID memberId, NoteDraft draft, NoteAuthor author, Instant at) {
    requireMember(memberId);
    validation.check(draft);
    if (at.isAfter(clock.instant()))
      throw AtriumException.invalid("createdAt", "must not be in the future");
    String name =
        author.name() == null || author.name().isBlank() ? "Atrium" : author.name().strip();
    if (name.length() > 200) name = name.substring(0, 200);
    var note =
        new MemberNote(
            UUID.randomUUID(),
            memberId,
            draft.text().strip(),
            author.accountId(),
            name,
            at.truncatedTo(ChronoUnit.MICROS));
    db.sql(
            "INSERT INTO member_note (tenant_id, id, member_id, text, author_account_id, author_name,"
                + " created_at) VALUES (atrium_current_tenant(), ?, ?, ?, ?, ?, ?)")
        .param(note.id())
        .param(memberId)
        .param(note.text())
        .param(note.authorAccountId())
        .param(note.authorName())
        .param(OffsetDateTime.ofInstant(note.createdAt(), ZoneOffset.UTC))
        .update();
    return note;
  }

  private void requireMember(UUID memberId) {
    if (!members.exists(memberId)) throw AtriumException.notFound("Member", memberId);
  }
}
