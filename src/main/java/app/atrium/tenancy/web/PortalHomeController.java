package app.atrium.tenancy.web;

import app.atrium.tenancy.Tenants;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The member portal's front page (the members module fills it with the member's own data). */
@Controller
class PortalHomeController {

  private final Tenants tenants;

  PortalHomeController(Tenants tenants) {
    this.tenants = tenants;
  }

  @GetMapping("/portal")
  String home(Model model) {
    model.addAttribute("tenant", tenants.current());
    return "portal/home";
  }
}
