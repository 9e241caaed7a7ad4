package app.atrium.billing.web;

import app.atrium.billing.Dunning;
import app.atrium.billing.DunningPolicy;
import app.atrium.platform.web.AtriumException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The owner's dunning settings: reminder days, on or off, and suspending access. */
@Controller
class DunningSettingsController {

  private final Dunning dunning;
  private final MessageSource messages;

  DunningSettingsController(Dunning dunning, MessageSource messages) {
    this.dunning = dunning;
    this.messages = messages;
  }

  @GetMapping("/staff/settings/dunning")
  String page(Model model) {
    DunningPolicy p = dunning.policy();
    model.addAttribute("policy", p);
    if (!model.containsAttribute("days")) {
      model.addAttribute(
          "days", String.join(", ", p.reminderDays().stream().map(String::valueOf).toList()));
    }
    return "billing/dunning-settings";
  }

  @PostMapping("/staff/settings/dunning")
  String save(
      @RequestParam(defaultValue = "false") boolean enabled,
      @RequestParam(defaultValue = "") String days,
      @RequestParam(defaultValue = "false") boolean suspendAccess,
      Locale locale,
      RedirectAttributes redirect) {
    try {
      dunning.update(new DunningPolicy(enabled, parse(days), suspendAccess));
      redirect.addFlashAttribute("saved", true);
    } catch (AtriumException e) {
      redirect.addFlashAttribute("days", days);
      redirect.addFlashAttribute(
          "flashError",
          messages.getMessage(
              "billing.dunning.invalidDays", new Object[] {e.getMessage()}, locale));
    }
    return "redirect:/staff/settings/dunning";
  }

  /** "3, 7, 14" as days; anything that is not a number makes the list invalid. */
  private static List<Integer> parse(String days) {
    List<Integer> out = new ArrayList<>();
    for (String part : days.split("[,;\\s]+")) {
      if (part.isBlank()) continue;
      try {
        out.add(Integer.parseInt(part.strip()));
      } catch (NumberFormatException e) {
        throw AtriumException.invalid("reminderDays", "'" + part + "' is not a number of days");
      }
    }
    return out;
  }
}
