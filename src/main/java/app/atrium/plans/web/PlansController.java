package app.atrium.plans.web;

import app.atrium.plans.AccessSchedule;
import app.atrium.plans.AllowanceKind;
import app.atrium.plans.AllowancePool;
import app.atrium.plans.Extra;
import app.atrium.plans.LocationAccess;
import app.atrium.plans.Memberships;
import app.atrium.plans.Plan;
import app.atrium.plans.PlanPeriod;
import app.atrium.plans.PlanStatus;
import app.atrium.plans.Plans;
import app.atrium.plans.Workplace;
import app.atrium.platform.web.AtriumException;
import app.atrium.tenancy.Tenants;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan catalogue for staff: the list, the plan form, archive and restore. */
@Controller
class PlansController {

  private final Plans plans;
  private final Memberships memberships;
  private final Tenants tenants;

  PlansController(Plans plans, Memberships memberships, Tenants tenants) {
    this.plans = plans;
    this.memberships = memberships;
    this.tenants = tenants;
  }

  @GetMapping("/staff/plans")
  String list(@RequestParam(defaultValue = "false") boolean archived, Locale locale, Model model) {
    Map<UUID, Long> counts = memberships.activeCountByPlan();
    List<PlanView> views =
        plans.list(archived ? null : PlanStatus.ACTIVE).stream()
            .map(p -> view(p, counts.getOrDefault(p.id(), 0L), locale))
            .toList();
    model.addAttribute("plans", views);
    model.addAttribute("archived", archived);
    choices(model);
    return "plans/list";
  }

  @GetMapping("/staff/plans/new")
  String newPlan(Model model) {
    model.addAttribute("plan", null);
    model.addAttribute("form", PlanForm.empty());
    choices(model);
    return "plans/plan";
  }

  @GetMapping("/staff/plans/{id}")
  String edit(@PathVariable UUID id, Locale locale, Model model) {
    Plan plan = plans.get(id);
    model.addAttribute("plan", view(plan, 0, locale));
    model.addAttribute("form", PlanForm.of(plan));
    choices(model);
    return "plans/plan";
  }

  @PostMapping({"/staff/plans/new", "/staff/plans/{id}"})
  String save(
      @PathVariable(required = false) UUID id,
      @ModelAttribute("form") PlanForm form,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    Plan current = id == null ? null : plans.get(id);
    try {
      if (id == null) plans.create(form.toDraft());
      else plans.update(id, form.toDraft());
    } catch (AtriumException e) {
      if (e.status().is5xxServerError()) throw e;
      model.addAttribute("plan", current == null ? null : view(current, 0, locale));
      model.addAttribute("flashError", e.getMessage());
      Map<String, String> errors = new LinkedHashMap<>();
      e.fields().forEach(f -> errors.putIfAbsent(f.field(), f.message()));
      model.addAttribute("errors", errors);
      choices(model);
      return "plans/plan";
    }
    redirect.addFlashAttribute("saved", true);
    return "redirect:/staff/plans";
  }

  @PostMapping("/staff/plans/{id}/archive")
  String archive(@PathVariable UUID id, RedirectAttributes redirect) {
    Plan plan = plans.archive(id);
    redirect.addFlashAttribute("archivedName", plan.name());
    return "redirect:/staff/plans";
  }

  @PostMapping("/staff/plans/{id}/restore")
  String restore(@PathVariable UUID id, RedirectAttributes redirect) {
    plans.restore(id);
    redirect.addFlashAttribute("saved", true);
    return "redirect:/staff/plans";
  }

  /** An unknown plan is the error page with its status, not a failure. */
  @ExceptionHandler(AtriumException.class)
  ModelAndView refused(AtriumException e) {
    var page = new ModelAndView("error", Map.of("status", e.status().value()));
    page.setStatus(e.status());
    return page;
  }

  private static PlanView view(Plan p, long members, Locale locale) {
    return new PlanView(p, p.price().format(locale), p.freezeFeePerDay().format(locale), members);
  }

  private void choices(Model model) {
    model.addAttribute("currency", tenants.current().currency());
    model.addAttribute("periods", PlanPeriod.values());
    model.addAttribute("workplaces", Workplace.values());
    model.addAttribute("allowanceKinds", AllowanceKind.values());
    model.addAttribute("extraChoices", Extra.values());
    model.addAttribute("locationAccesses", LocationAccess.values());
    model.addAttribute("schedules", AccessSchedule.values());
    model.addAttribute("pools", AllowancePool.values());
  }
}
