package app.atrium.tenancy.web;

import app.atrium.tenancy.Locations;
import app.atrium.tenancy.Tenants;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff dashboard. */
@Controller
class StaffHomeController {

  private final Tenants tenants;
  private final Locations locations;

  StaffHomeController(Tenants tenants, Locations locations) {
    this.tenants = tenants;
    this.locations = locations;
  }

  @GetMapping("/staff")
  String home(Model model) {
    model.addAttribute("tenant", tenants.current());
    model.addAttribute("locations", locations.list());
    return "staff/home";
  }
}
