package app.atrium.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A staff to-do. {@code subjectType} + {@code subjectId} say what it is about (e.g. "member" and
 * her id), both null for none; {@code createdBy} null means the system (a job) made it; the names
 * are the accounts' display names, null where there is no account.
 */
public record Task(
    UUID id,
    String title,
    String details,
    LocalDate dueOn,
    UUID assigneeId,
    String assigneeName,
    String subjectType,
    UUID subjectId,
    TaskStatus status,
    UUID createdBy,
    String createdByName,
    Instant createdAt,
    Instant completedAt,
    UUID completedBy,
    String dedupeKey) {

  public boolean open() {
    return status == TaskStatus.OPEN;
  }

  /** Open and due before {@code today}. */
  public boolean overdueOn(LocalDate today) {
    return open() && dueOn != null && dueOn.isBefore(today);
  }
}
