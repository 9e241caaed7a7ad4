package app.atrium.tasks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A new task. Only {@code title} is required. {@code assigneeId} is a staff account of the
 * coworking; {@code subjectType} (lowercase, e.g. "member") and {@code subjectId} go together; a
 * {@code dedupeKey} (unique in the coworking) lets a job or an integration create it exactly once.
 */
public record TaskDraft(
    @NotBlank @Size(max = 300) String title,
    @Size(max = 4000) String details,
    LocalDate dueOn,
    UUID assigneeId,
    @Pattern(regexp = SUBJECT_TYPE, message = "use lowercase letters, digits or '-', e.g. member")
        String subjectType,
    UUID subjectId,
    @Size(min = 1, max = 200) String dedupeKey) {

  static final String SUBJECT_TYPE = "^[a-z][a-z0-9-]{0,39}$";

  /** A task about a member. */
  public static TaskDraft aboutMember(
      String title, String details, LocalDate dueOn, UUID assigneeId, UUID memberId, String key) {
    return new TaskDraft(title, details, dueOn, assigneeId, "member", memberId, key);
  }
}
