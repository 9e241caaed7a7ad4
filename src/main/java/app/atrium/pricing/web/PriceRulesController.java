package app.atrium.pricing.web;

import app.atrium.platform.web.AtriumException;
import app.atrium.pricing.PriceRule;
import app.atrium.pricing.Pricing;
import app.atrium.spaces.Resource;
import app.atrium.spaces.ResourceType;
import app.atrium.spaces.ResourceTypes;
import app.atrium.spaces.Resources;
import app.atrium.tenancy.Tenants;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages of the price list: the rules, and a form to add or change one. */
@Controller
class PriceRulesController {

  private final Pricing pricing;
  private final ResourceTypes types;
  private final Resources resources;
  private final Tenants tenants;

  PriceRulesController(Pricing pricing, ResourceTypes types, Resources resources, Tenants tenants) {
    this.pricing = pricing;
    this.types = types;
    this.resources = resources;
    this.tenants = tenants;
  }

  @GetMapping("/staff/price-rules")
  String list(Model model) {
    Map<String, String> scopes = scopes();
    Currency currency = Currency.getInstance(tenants.current().currency());
    Locale locale = LocaleContextHolder.getLocale();
    model.addAttribute(
        "rules",
        pricing.rules(null, null).stream()
            .map(r -> RuleView.of(r, scopes, currency, locale))
            .toList());
    return "pricing/rules";
  }

  @GetMapping("/staff/price-rules/new")
  String create(Model model) {
    return form(null, new PriceRuleForm(), model);
  }

  @GetMapping("/staff/price-rules/{id}")
  String edit(@PathVariable UUID id, Model model) {
    PriceRule rule = existing(id);
    return form(rule, PriceRuleForm.of(rule), model);
  }

  @PostMapping({"/staff/price-rules/new", "/staff/price-rules/{id}"})
  String save(
      @PathVariable(required = false) UUID id,
      @ModelAttribute("form") PriceRuleForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    PriceRule current = id == null ? null : existing(id);
    if (binding.hasErrors()) {
      model.addAttribute("wrongFields", String.join(", ", wrongFields(binding)));
      return form(current, form, model);
    }
    try {
      if (current == null) pricing.createRule(form.toDraft());
      else pricing.updateRule(id, form.toDraft());
    } catch (AtriumException e) {
      model.addAttribute("flashError", e.getMessage());
      return form(current, form, model);
    }
    redirect.addFlashAttribute("saved", true);
    return "redirect:/staff/price-rules";
  }

  @PostMapping("/staff/price-rules/{id}/delete")
  String delete(@PathVariable UUID id, RedirectAttributes redirect) {
    existing(id);
    pricing.deleteRule(id);
    redirect.addFlashAttribute("deleted", true);
    return "redirect:/staff/price-rules";
  }

  private String form(PriceRule rule, PriceRuleForm form, Model model) {
    model.addAttribute("rule", rule);
    model.addAttribute("form", form);
    model.addAttribute("scopes", scopes());
    model.addAttribute("currency", tenants.current().currency());
    return "pricing/rule";
  }

  /** What a rule may be for: "type:ID" and "resource:ID", named as staff know them. */
  private Map<String, String> scopes() {
    var scopes = new LinkedHashMap<String, String>();
    List<ResourceType> all = types.list();
    for (ResourceType t : all) scopes.put("type:" + t.id(), t.name());
    for (Resource r : resources.list(null, null, null)) {
      scopes.put("resource:" + r.id(), r.typeName() + " · " + r.name());
    }
    return scopes;
  }

  private static List<String> wrongFields(BindingResult binding) {
    return binding.getFieldErrors().stream().map(e -> e.getField()).distinct().toList();
  }

  private PriceRule existing(UUID id) {
    return pricing
        .findRule(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
