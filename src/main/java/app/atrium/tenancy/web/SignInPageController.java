package app.atrium.tenancy.web;

import app.atrium.platform.tenant.TenantContext;
import app.atrium.tenancy.Onboarding;
import app.atrium.tenancy.demo.DemoMode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door: sign-in, and where "/" leads each kind of user. */
@Controller
class SignInPageController {

  private final Onboarding onboarding;
  private final DemoMode demo;

  SignInPageController(Onboarding onboarding, DemoMode demo) {
    this.onboarding = onboarding;
    this.demo = demo;
  }

  @GetMapping("/")
  String root() {
    return TenantContext.currentUser()
        .map(u -> u.role().isStaff() ? "redirect:/staff" : "redirect:/portal")
        .orElse(onboarding.anyTenant() ? "redirect:/login" : "redirect:/setup");
  }

  @GetMapping("/login")
  String login(Model model) {
    if (!onboarding.anyTenant()) return "redirect:/setup";
    model.addAttribute("demo", demo.enabled());
    return "login";
  }
}
