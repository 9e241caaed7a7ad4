package app.atrium.tasks;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which tasks to list: by {@code status} (null: any), {@code assigneeId}, due on or before {@code
 * dueBy}, about one subject; at most {@code limit}. Open tasks come by due date (undated last),
 * then oldest first.
 */
public record TaskQuery(
    TaskStatus status,
    UUID assigneeId,
    LocalDate dueBy,
    String subjectType,
    UUID subjectId,
    int limit) {

  public static final int MAX_LIMIT = 500;

  public static TaskQuery open() {
    return new TaskQuery(TaskStatus.OPEN, null, null, null, null, 200);
  }

  public static TaskQuery about(String subjectType, UUID subjectId) {
    return new TaskQuery(null, null, null, subjectType, subjectId, 200);
  }
}
