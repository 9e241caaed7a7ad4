package app.atrium.tasks.web;

import app.atrium.platform.security.AtriumUser;
import app.atrium.platform.tenant.TenantContext;
import app.atrium.tasks.Task;
import app.atrium.tasks.TaskQuery;
import app.atrium.tasks.TaskStatus;
import app.atrium.tasks.Tasks;
import app.atrium.tenancy.Locations;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff's task list: open tasks, mine, overdue; marking one done. */
@Controller
class TasksController {

  /** The tabs of the page. */
  enum View {
    OPEN,
    MINE,
    OVERDUE
  }

  private final Tasks tasks;
  private final Locations locations;
  private final Clock clock;

  TasksController(Tasks tasks, Locations locations, Clock clock) {
    this.tasks = tasks;
    this.locations = locations;
    this.clock = clock;
  }

  @GetMapping("/staff/tasks")
  String list(@RequestParam(defaultValue = "open") String view, Model model) {
    View v =
        switch (view) {
          case "mine" -> View.MINE;
          case "overdue" -> View.OVERDUE;
          default -> View.OPEN;
        };
    LocalDate today = today();
    UUID me = TenantContext.currentUser().map(AtriumUser::accountId).orElse(null);
    List<Task> shown =
        tasks.list(
            new TaskQuery(
                TaskStatus.OPEN,
                v == View.MINE ? me : null,
                v == View.OVERDUE ? today.minusDays(1) : null,
                null,
                null,
                TaskQuery.MAX_LIMIT));
    model.addAttribute("view", v.name().toLowerCase());
    model.addAttribute("tasks", shown);
    model.addAttribute("today", today);
    return "tasks/list";
  }

  @PostMapping("/staff/tasks/{id}/done")
  String done(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "open") String view,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model,
      RedirectAttributes redirect) {
    Task task = tasks.complete(id);
    if (htmx != null) {
      model.addAttribute("t", task);
      model.addAttribute("today", today());
      return "tasks/list :: row";
    }
    redirect.addFlashAttribute("done", task.title());
    return "redirect:/staff/tasks?view=" + (view.matches("open|mine|overdue") ? view : "open");
  }

  /** Today in the coworking's (first location's) time zone. */
  private LocalDate today() {
    ZoneId zone =
        locations.list().stream()
            .findFirst()
            .map(l -> ZoneId.of(l.timeZone()))
            .orElse(ZoneId.of("UTC"));
    return LocalDate.ofInstant(clock.instant(), zone);
  }
}
