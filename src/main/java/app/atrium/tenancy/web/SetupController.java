package app.atrium.tenancy.web;

import app.atrium.platform.web.AtriumException;
import app.atrium.tenancy.Onboarding;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** First run with no coworking yet: "create your coworking". Closed once one exists. */
@Controller
class SetupController {

  private final Onboarding onboarding;

  SetupController(Onboarding onboarding) {
    this.onboarding = onboarding;
  }

  @GetMapping("/setup")
  String form(Model model) {
    if (onboarding.anyTenant()) return "redirect:/login";
    model.addAttribute(
        "form",
        new Onboarding.NewCoworking("", "", "KZT", "ru", "Asia/Almaty", "", "", "", "", ""));
    return "setup";
  }

  @PostMapping("/setup")
  String create(
      @Valid @ModelAttribute("form") Onboarding.NewCoworking form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (onboarding.anyTenant()) return "redirect:/login";
    if (errors.hasErrors()) return "setup";
    try {
      onboarding.create(form, false);
    } catch (AtriumException e) {
      model.addAttribute("flashError", e.getMessage());
      return "setup";
    }
    redirect.addAttribute("created", "");
    redirect.addAttribute("email", form.ownerEmail());
    return "redirect:/login";
  }
}
