package app.atrium.tasks;

import app.atrium.platform.security.Accounts;
import app.atrium.platform.security.AtriumUser;
import app.atrium.platform.tenant.TenantContext;
import app.atrium.platform.web.AtriumException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's tasks in the current tenant: what the tasks page, the API and other modules' jobs
 * call. Each call is one transaction, or joins the caller's.
 */
@Service
public class Tasks {

  private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
  private static final String SELECT =
      """
      SELECT t.id, t.title, t.details, t.due_on, t.assignee_id, assignee.display_name AS assignee_name,
             t.subject_type, t.subject_id, t.status, t.created_by, creator.display_name AS creator_name,
             t.created_at, t.completed_at, t.completed_by, t.dedupe_key
        FROM task t
        LEFT JOIN account assignee ON assignee.id = t.assignee_id
        LEFT JOIN account creator ON creator.id = t.created_by
      """;

  private final JdbcClient db;
  private final Accounts accounts;
  private final Clock clock;

  Tasks(JdbcClient db, Accounts accounts, Clock clock) {
    this.db = db;
    this.accounts = accounts;
    this.clock = clock;
  }

  /**
   * Creates a task, made by the signed-in person or, without one, by the system. A {@code
   * dedupeKey} that another task of the coworking has is refused (409, naming that task).
   */
  @Transactional
  public Task create(TaskDraft draft) {
    UUID id = insert(draft);
    if (id == null) {
      Task existing = findByDedupeKey(draft.dedupeKey()).orElseThrow();
      throw new DuplicateTask(existing.id(), draft.dedupeKey());
    }
    return get(id);
  }

  /**
   * Creates the task unless one with its (required) {@code dedupeKey} exists: the new task, or
   * empty. Safe to call from a job that runs twice or on two nodes at once: one task results.
   */
  @Transactional
  public Optional<Task> createOnce(TaskDraft draft) {
    if (draft.dedupeKey() == null || draft.dedupeKey().isBlank()) {
      throw AtriumException.invalid("dedupeKey", "is required to create a task once");
    }
    UUID id = insert(draft);
    return id == null ? Optional.empty() : Optional.of(get(id));
  }

  @Transactional(readOnly = true)
  public Optional<Task> find(UUID id) {
    return db.sql(SELECT + " WHERE t.id = ?").param(id).query(Tasks::row).optional();
  }

  /** The task, or a 404 problem. */
  @Transactional(readOnly = true)
  public Task get(UUID id) {
    return find(id).orElseThrow(() -> AtriumException.notFound("Task", id));
  }

  @Transactional(readOnly = true)
  public Optional<Task> findByDedupeKey(String dedupeKey) {
    if (dedupeKey == null) return Optional.empty();
    return db.sql(SELECT + " WHERE t.dedupe_key = ?").param(dedupeKey).query(Tasks::row).optional();
  }

  @Transactional(readOnly = true)
  public List<Task> list(TaskQuery q) {
    if (q.limit() < 1 || q.limit() > TaskQuery.MAX_LIMIT) {
      throw AtriumException.invalid("limit", "must be between 1 and " + TaskQuery.MAX_LIMIT);
    }
    if ((q.subjectType() == null) != (q.subjectId() == null)) {
      throw AtriumException.invalid("subjectId", "give subjectType and subjectId together");
    }
    var where = new StringBuilder(" WHERE true");
    Map<String, Object> params = new HashMap<>();
    if (q.status() != null) {
      where.append(" AND t.status = :status");
      params.put("status", q.status().name());
    }
    if (q.assigneeId() != null) {
      where.append(" AND t.assignee_id = :assignee");
      params.put("assignee", q.assigneeId());
    }
    if (q.dueBy() != null) {
      where.append(" AND t.due_on <= :dueBy");
      params.put("dueBy", q.dueBy());
    }
    if (q.subjectId() != null) {
      where.append(" AND t.subject_type = :subjectType AND t.subject_id = :subjectId");
      params.put("subjectType", q.subjectType());
      params.put("subjectId", q.subjectId());
    }
    params.put("limit", q.limit());
    return db.sql(
            SELECT
                + where
                + " ORDER BY t.status DESC, t.due_on NULLS LAST, t.created_at, t.id LIMIT :limit")
        .params(params)
        .query(Tasks::row)
        .list();
  }

  /** Marks the task done by the signed-in person (or the system); a done task stays as it was. */
  @Transactional
  public Task complete(UUID id) {
    Task task = lock(id);
    if (!task.open()) return task;
    db.sql("UPDATE task SET status = 'DONE', completed_at = ?, completed_by = ? WHERE id = ?")
        .param(Timestamp.from(clock.instant()))
        .param(actor())
        .param(id)
        .update();
    return get(id);
  }

  /** Gives the task to another staff member ({@code assigneeId} null: to no one). */
  @Transactional
  public Task reassign(UUID id, UUID assigneeId) {
    lock(id);
    checkAssignee(assigneeId);
    db.sql("UPDATE task SET assignee_id = ? WHERE id = ?").param(assigneeId).param(id).update();
    return get(id);
  }

  /** The id of the new task, or null when its dedupe key is taken. */
  private UUID insert(TaskDraft draft) {
    validate(draft);
    UUID id = UUID.randomUUID();
    return db.sql(
            """
            INSERT INTO task (tenant_id, id, title, details, due_on, assignee_id, subject_type,
                              subject_id, created_by, created_at, dedupe_key)
            VALUES (atrium_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT ON CONSTRAINT task_dedupe_key DO NOTHING
            RETURNING id
            """)
        .param(id)
        .param(draft.title().strip())
        .param(draft.details() == null ? "" : draft.details().strip())
        .param(draft.dueOn())
        .param(draft.assigneeId())
        .param(draft.subjectType())
        .param(draft.subjectId())
        .param(actor())
        .param(Timestamp.from(clock.instant()))
        .param(draft.dedupeKey())
        .query(UUID.class)
        .optional()
        .orElse(null);
  }

  private void validate(TaskDraft d) {
    if (d.title() == null || d.title().isBlank()) {
      throw AtriumException.invalid("title", "must not be blank");
    }
    if (d.title().strip().length() > 300) {
      throw AtriumException.invalid("title", "must be at most 300 characters");
    }
    if (d.details() != null && d.details().length() > 4000) {
      throw AtriumException.invalid("details", "must be at most 4000 characters");
    }
    if (d.dueOn() != null && (d.dueOn().isBefore(EARLIEST) || d.dueOn().isAfter(LATEST))) {
      throw AtriumException.invalid("dueOn", "must be between 2000-01-01 and 2100-12-31");
    }
    if ((d.subjectType() == null) != (d.subjectId() == null)) {
      throw AtriumException.invalid("subjectId", "give subjectType and subjectId together");
    }
    if (d.subjectType() != null && !d.subjectType().matches(TaskDraft.SUBJECT_TYPE)) {
      throw AtriumException.invalid(
          "subjectType", "use lowercase letters, digits or '-', e.g. member");
    }
    if (d.dedupeKey() != null && (d.dedupeKey().isEmpty() || d.dedupeKey().length() > 200)) {
      throw AtriumException.invalid("dedupeKey", "must be 1 to 200 characters");
    }
    checkAssignee(d.assigneeId());
  }

  private void checkAssignee(UUID assigneeId) {
    if (assigneeId == null) return;
    boolean staff = accounts.roleOf(assigneeId).map(r -> r.isStaff()).orElse(false);
    if (!staff) {
      throw AtriumException.invalid("assigneeId", "is not a staff member of this coworking");
    }
  }

  private Task lock(UUID id) {
    db.sql("SELECT id FROM task WHERE id = ? FOR UPDATE")
        .param(id)
        .query(UUID.class)
        .optional()
        .orElseThrow(() -> AtriumException.notFound("Task", id));
    return get(id);
  }

  /** The signed-in person's account; null for the system. */
  private static UUID actor() {
    return TenantContext.currentUser().map(AtriumUser::accountId).orElse(null);
  }

  private static Task row(ResultSet rs, int i) throws SQLException {
    OffsetDateTime completed = rs.getObject("completed_at", OffsetDateTime.class);
    return new Task(
        rs.getObject("id", UUID.class),
        rs.getString("title"),
        rs.getString("details"),
        rs.getObject("due_on", LocalDate.class),
        rs.getObject("assignee_id", UUID.class),
        rs.getString("assignee_name"),
        rs.getString("subject_type"),
        rs.getObject("subject_id", UUID.class),
        TaskStatus.valueOf(rs.getString("status")),
        rs.getObject("created_by", UUID.class),
        rs.getString("creator_name"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        completed == null ? null : completed.toInstant(),
        rs.getObject("completed_by", UUID.class),
        rs.getString("dedupe_key"));
  }

  /** A task with this dedupe key exists already. */
  public static final class DuplicateTask extends AtriumException {
    private final UUID taskId;

    DuplicateTask(UUID taskId, String key) {
      super(
          HttpStatus.CONFLICT,
          "duplicate-task",
          "Task " + taskId + " already has the dedupe key '" + key + "'; no task was created.");
      this.taskId = taskId;
    }

    public UUID taskId() {
      return taskId;
    }

    @Override
    public Map<String, Object> properties() {
      return Map.of("taskId", taskId);
    }
  }
}
