package app.atrium.tasks.rest;

import app.atrium.platform.security.Accounts;
import app.atrium.platform.security.AtriumUser;
import app.atrium.platform.tenant.TenantContext;
import app.atrium.platform.web.AtriumException;
import app.atrium.tasks.Task;
import app.atrium.tasks.TaskDraft;
import app.atrium.tasks.TaskQuery;
import app.atrium.tasks.TaskStatus;
import app.atrium.tasks.Tasks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The staff's tasks: list, create, complete, reassign. */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks")
@PreAuthorize("hasRole('STAFF')")
class TasksApiController {

  /** Which tasks a list returns by status. */
  enum StatusFilter {
    OPEN,
    DONE,
    ANY
  }

  /** Who a task goes to: a staff account id, or null for no one. */
  record Reassignment(UUID assigneeId) {}

  private final Tasks tasks;
  private final Accounts accounts;

  TasksApiController(Tasks tasks, Accounts accounts) {
    this.tasks = tasks;
    this.accounts = accounts;
  }

  @Operation(
      summary = "List tasks",
      description =
          "Open tasks unless status says otherwise, by due date (undated last), then oldest first."
              + " mine=true: those assigned to the caller; dueBy: due on or before that date (with"
              + " yesterday's date: the overdue ones); subjectType + subjectId: about one thing,"
              + " e.g. member and her id.")
  @GetMapping
  List<Task> list(
      @RequestParam(defaultValue = "OPEN") StatusFilter status,
      @RequestParam(defaultValue = "false") boolean mine,
      @RequestParam(required = false) LocalDate dueBy,
      @Parameter(description = "e.g. member") @RequestParam(required = false) String subjectType,
      @RequestParam(required = false) UUID subjectId,
      @RequestParam(defaultValue = "200") @Min(1) @Max(TaskQuery.MAX_LIMIT) int limit) {
    UUID assignee = null;
    if (mine) {
      assignee =
          TenantContext.currentUser()
              .map(AtriumUser::accountId)
              .orElseThrow(() -> AtriumException.invalid("mine", "needs a signed-in caller"));
    }
    TaskStatus only = status == StatusFilter.ANY ? null : TaskStatus.valueOf(status.name());
    return tasks.list(new TaskQuery(only, assignee, dueBy, subjectType, subjectId, limit));
  }

  @Operation(summary = "Who tasks can be given to: the coworking's staff, owner first")
  @GetMapping("/assignees")
  List<Accounts.StaffAccount> assignees() {
    return accounts.staff();
  }

  @Operation(summary = "One task")
  @GetMapping("/{id}")
  Task get(@PathVariable UUID id) {
    return tasks.get(id);
  }

  @Operation(
      summary = "Create a task",
      description =
          "Made by the caller. assigneeId: a staff account of the coworking (see GET"
              + " /api/v1/tasks/assignees). A dedupeKey makes the task exist once: a second create"
              + " with the same key is refused with 409 and the existing task's id (taskId).")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Task create(@Valid @RequestBody TaskDraft draft) {
    return tasks.create(draft);
  }

  @Operation(
      summary = "Mark a task done",
      description = "By the caller; a task already done is returned unchanged.")
  @PostMapping("/{id}/complete")
  Task complete(@PathVariable UUID id) {
    return tasks.complete(id);
  }

  @Operation(
      summary = "Give a task to another staff member",
      description = "assigneeId: a staff account of the coworking, or null to unassign it.")
  @PostMapping("/{id}/reassign")
  Task reassign(@PathVariable UUID id, @RequestBody Reassignment body) {
    return tasks.reassign(id, body.assigneeId());
  }
}
