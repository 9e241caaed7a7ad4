package app.atrium.tenancy.web;

import app.atrium.platform.web.AtriumException;
import app.atrium.tenancy.LocationDraft;
import app.atrium.tenancy.Locations;
import app.atrium.tenancy.OpeningHours;
import app.atrium.tenancy.TenantSettings;
import app.atrium.tenancy.Tenants;
import jakarta.validation.Valid;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The owner's settings: the legal entity, money, and locations with their opening hours. */
@Controller
class SettingsController {

  private final Tenants tenants;
  private final Locations locations;

  SettingsController(Tenants tenants, Locations locations) {
    this.tenants = tenants;
    this.locations = locations;
  }

  @GetMapping("/staff/settings")
  String settings(Model model) {
    if (!model.containsAttribute("form")) model.addAttribute("form", tenants.current());
    model.addAttribute("locations", locations.list());
    return "tenancy/settings";
  }

  @PostMapping("/staff/settings")
  String save(
      @Valid @ModelAttribute("form") TenantSettings form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (errors.hasErrors()) {
      model.addAttribute("locations", locations.list());
      return "tenancy/settings";
    }
    try {
      tenants.update(form);
    } catch (AtriumException e) {
      model.addAttribute("flashError", e.getMessage());
      model.addAttribute("locations", locations.list());
      return "tenancy/settings";
    }
    redirect.addFlashAttribute("saved", true);
    return "redirect:/staff/settings";
  }

  @GetMapping("/staff/settings/locations/new")
  String newLocation(Model model) {
    model.addAttribute("location", null);
    model.addAttribute("form", LocationForm.empty());
    return "tenancy/location";
  }

  @GetMapping("/staff/settings/locations/{id}")
  String editLocation(@PathVariable UUID id, Model model) {
    var location = locations.get(id);
    model.addAttribute("location", location);
    model.addAttribute("form", LocationForm.of(location));
    return "tenancy/location";
  }

  @PostMapping({"/staff/settings/locations/new", "/staff/settings/locations/{id}"})
  String saveLocation(
      @PathVariable(required = false) UUID id,
      @ModelAttribute("form") LocationForm form,
      Model model,
      RedirectAttributes redirect) {
    try {
      if (id == null) locations.create(form.toDraft());
      else locations.update(id, form.toDraft());
    } catch (AtriumException e) {
      model.addAttribute("location", id == null ? null : locations.get(id));
      model.addAttribute("flashError", e.getMessage());
      return "tenancy/location";
    }
    redirect.addFlashAttribute("saved", true);
    return "redirect:/staff/settings";
  }

  /** The location form: one row of hours per weekday, a closed day left empty. */
  public static class LocationForm {
    private String name = "";
    private String address = "";
    private String timeZone = "Asia/Almaty";
    private List<String> opens = new ArrayList<>();
    private List<String> closes = new ArrayList<>();

    static LocationForm empty() {
      var f = new LocationForm();
      for (int d = 1; d <= 7; d++) {
        f.opens.add("08:00");
        f.closes.add("22:00");
      }
      return f;
    }

    static LocationForm of(app.atrium.tenancy.Location l) {
      var f = new LocationForm();
      f.name = l.name();
      f.address = l.address();
      f.timeZone = l.timeZone();
      for (int d = 1; d <= 7; d++) {
        final int day = d;
        var h = l.openingHours().stream().filter(x -> x.weekday() == day).findFirst();
        f.opens.add(h.map(OpeningHours::opens).orElse(""));
        f.closes.add(h.map(OpeningHours::closes).orElse(""));
      }
      return f;
    }

    LocationDraft toDraft() {
      var hours = new ArrayList<OpeningHours>();
      for (int d = 1; d <= 7; d++) {
        String o = d <= opens.size() ? opens.get(d - 1) : "";
        String c = d <= closes.size() ? closes.get(d - 1) : "";
        if (o == null || o.isBlank() || c == null || c.isBlank()) continue;
        if (!o.matches("^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$")) {
          throw AtriumException.invalid(DayOfWeek.of(d) + " opens", "must be HH:mm");
        }
        if (!c.matches("^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$")) {
          throw AtriumException.invalid(DayOfWeek.of(d) + " closes", "must be HH:mm");
        }
        hours.add(new OpeningHours(d, o, c));
      }
      if (name == null || name.isBlank() || name.length() > 200) {
        throw AtriumException.invalid("name", "is required (at most 200 characters)");
      }
      if (address != null && address.length() > 500) {
        throw AtriumException.invalid("address", "must be at most 500 characters");
      }
      return new LocationDraft(name, address, timeZone, hours);
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getAddress() {
      return address;
    }

    public void setAddress(String address) {
      this.address = address;
    }

    public String getTimeZone() {
      return timeZone;
    }

    public void setTimeZone(String timeZone) {
      this.timeZone = timeZone;
    }

    public List<String> getOpens() {
      return opens;
    }

    public void setOpens(List<String> opens) {
      this.opens = opens;
    }

    public List<String> getCloses() {
      return closes;
    }

    public void setCloses(List<String> closes) {
      this.closes = closes;
    }
  }
}
