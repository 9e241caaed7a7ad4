package app.atrium.services.web;

import app.atrium.plans.AllowanceKind;
import app.atrium.plans.Plan;
import app.atrium.plans.Plans;
import app.atrium.platform.money.Money;
import app.atrium.platform.web.AtriumException;
import app.atrium.services.AddOn;
import app.atrium.services.AddOnUnit;
import app.atrium.services.AddOns;
import app.atrium.tenancy.Tenants;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages of the service catalogue: the list, and a form to add or change a service. */
@Controller
class ServicesController {

  /** The allowance kinds a service may draw on (meeting-room hours are the bookings'). */
  static final List<AllowanceKind> KINDS =
      List.of(AllowanceKind.PRINTED_PAGES, AllowanceKind.COFFEE, AllowanceKind.GUEST_PASSES);

  private final AddOns catalogue;
  private final Plans plans;
  private final Tenants tenants;

  ServicesController(AddOns catalogue, Plans plans, Tenants tenants) {
    this.catalogue = catalogue;
    this.plans = plans;
    this.tenants = tenants;
  }

  /** A service as the list shows it: its price read the way people read money. */
  record Row(AddOn service, String price, List<String> plans) {}

  @GetMapping("/staff/services")
  String list(Model model) {
    Map<UUID, Plan> byId =
        plans.list().stream().collect(Collectors.toMap(Plan::id, Function.identity()));
    Locale locale = LocaleContextHolder.getLocale();
    model.addAttribute(
        "services",
        catalogue.list(null).stream()
            .map(
                s ->
                    new Row(
                        s,
                        Money.of(s.price(), Currency.getInstance(s.currency())).format(locale),
                        s.includedPlanIds().stream()
                            .map(byId::get)
                            .filter(p -> p != null)
                            .map(Plan::name)
                            .sorted()
                            .toList()))
            .toList());
    return "services/list";
  }

  @GetMapping("/staff/services/new")
  String create(Model model) {
    return form(null, new AddOnForm(), model);
  }

  @GetMapping("/staff/services/{id}")
  String edit(@PathVariable UUID id, Model model) {
    AddOn service = catalogue.get(id);
    return form(service, AddOnForm.of(service), model);
  }

  @PostMapping({"/staff/services/new", "/staff/services/{id}"})
  String save(
      @PathVariable(required = false) UUID id,
      @ModelAttribute("form") AddOnForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    AddOn current = id == null ? null : catalogue.get(id);
    if (binding.hasErrors()) {
      model.addAttribute(
          "wrongFields",
          String.join(
              ", ", binding.getFieldErrors().stream().map(e -> e.getField()).distinct().toList()));
      return form(current, form, model);
    }
    try {
      if (current == null) catalogue.create(form.toDraft());
      else catalogue.update(id, form.toDraft());
    } catch (AtriumException e) {
      model.addAttribute("flashError", e.getMessage());
      return form(current, form, model);
    }
    redirect.addFlashAttribute("saved", true);
    return "redirect:/staff/services";
  }

  @PostMapping("/staff/services/{id}/archive")
  String archive(@PathVariable UUID id, RedirectAttributes redirect) {
    redirect.addFlashAttribute("archivedName", catalogue.archive(id).name());
    return "redirect:/staff/services";
  }

  @PostMapping("/staff/services/{id}/restore")
  String restore(@PathVariable UUID id, RedirectAttributes redirect) {
    catalogue.restore(id);
    redirect.addFlashAttribute("saved", true);
    return "redirect:/staff/services";
  }

  private String form(AddOn service, AddOnForm form, Model model) {
    model.addAttribute("service", service);
    model.addAttribute("form", form);
    model.addAttribute("plans", plans.list());
    model.addAttribute("units", AddOnUnit.values());
    model.addAttribute("kinds", KINDS);
    model.addAttribute("currency", tenants.current().currency());
    return "services/service";
  }
}
