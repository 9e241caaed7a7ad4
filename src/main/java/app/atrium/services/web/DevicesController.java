package app.atrium.services.web;

import app.atrium.members.Member;
import app.atrium.members.MemberQuery;
import app.atrium.members.Members;
import app.atrium.platform.web.AtriumException;
import app.atrium.services.AddOn;
import app.atrium.services.AddOnStatus;
import app.atrium.services.AddOns;
import app.atrium.services.Device;
import app.atrium.services.DeviceEvent;
import app.atrium.services.DeviceKind;
import app.atrium.services.DeviceReport;
import app.atrium.services.Devices;
import app.atrium.services.IssuedSecret;
import app.atrium.services.Metering;
import app.atrium.services.Metering.MeterReading;
import app.atrium.services.demo.ServicesDemo;
import app.atrium.tenancy.Location;
import app.atrium.tenancy.Locations;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages of the metering devices: the register, a device's page (its secret issued once, and
 * for the demo's devices a button that simulates a report through the real metering path), and the
 * reports with unknown cards waiting to be resolved.
 */
@Controller
class DevicesController {

  private final Devices devices;
  private final Metering metering;
  private final AddOns catalogue;
  private final Locations locations;
  private final Members members;

  DevicesController(
      Devices devices, Metering metering, AddOns catalogue, Locations locations, Members members) {
    this.devices = devices;
    this.metering = metering;
    this.catalogue = catalogue;
    this.locations = locations;
    this.members = members;
  }

  @GetMapping("/staff/devices")
  String list(Model model) {
    if (!model.containsAttribute("form")) model.addAttribute("form", new DeviceForm());
    model.addAttribute("devices", devices.list());
    model.addAttribute("events", metering.unresolved());
    model.addAttribute(
        "people", members.search(MemberQuery.active(null, MemberQuery.MAX_LIMIT)).items());
    return page(model, "services/devices");
  }

  @PostMapping("/staff/devices")
  String register(
      @ModelAttribute("form") DeviceForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    try {
      if (binding.hasErrors()) throw AtriumException.invalid("kind", "choose a kind");
      IssuedSecret issued = devices.register(form.toDraft());
      // Shown in this answer only: a secret never goes into the session store as a flash would.
      model.addAttribute("issued", issued);
      model.addAttribute("form", DeviceForm.of(issued.device()));
      return device(issued.device().id(), model);
    } catch (AtriumException e) {
      model.addAttribute("flashError", e.getMessage());
      return list(model);
    }
  }

  @GetMapping("/staff/devices/{id}")
  String device(@PathVariable UUID id, Model model) {
    Device device = devices.get(id);
    model.addAttribute("device", device);
    if (!model.containsAttribute("form")) model.addAttribute("form", DeviceForm.of(device));
    model.addAttribute("demoCard", ServicesDemo.ASEL_CARD);
    return page(model, "services/device");
  }

  @PostMapping("/staff/devices/{id}")
  String update(
      @PathVariable UUID id,
      @ModelAttribute("form") DeviceForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    devices.get(id);
    try {
      if (binding.hasErrors()) throw AtriumException.invalid("kind", "choose a kind");
      devices.update(id, form.toDraft());
    } catch (AtriumException e) {
      model.addAttribute("flashError", e.getMessage());
      return device(id, model);
    }
    redirect.addFlashAttribute("saved", true);
    return "redirect:/staff/devices/" + id;
  }

  @PostMapping("/staff/devices/{id}/secret")
  String rotate(@PathVariable UUID id, Model model) {
    model.addAttribute("issued", devices.rotateSecret(id));
    return device(id, model);
  }

  @PostMapping("/staff/devices/{id}/retire")
  String retire(@PathVariable UUID id, RedirectAttributes redirect) {
    devices.retire(id);
    redirect.addFlashAttribute("saved", true);
    return "redirect:/staff/devices/" + id;
  }

  /**
   * The demo's simulator: a report as the device would send it, through the same metering service
   * the device API calls once the device has proved its secret.
   */
  @PostMapping("/staff/devices/{id}/simulate")
  String simulate(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String cardId,
      @RequestParam(defaultValue = "") String quantity,
      RedirectAttributes redirect) {
    Device device = devices.get(id);
    if (!device.demo()) throw AtriumException.notFound("Device", id);
    try {
      MeterReading reading =
          metering.report(
              id,
              new DeviceReport(
                  cardId,
                  null,
                  Numbers.parse("quantity", quantity),
                  "simulated-" + UUID.randomUUID(),
                  null));
      DeviceEvent event = reading.event();
      redirect.addFlashAttribute("simulatedStatus", event.status().name());
      redirect.addFlashAttribute("simulatedQuantity", Numbers.plain(event.quantity()));
      redirect.addFlashAttribute("simulatedService", event.serviceName());
      redirect.addFlashAttribute("simulatedCard", event.cardId());
      if (reading.usage() != null) {
        redirect.addFlashAttribute(
            "simulatedFor",
            members.find(reading.usage().memberId()).map(Member::fullName).orElse(""));
      }
    } catch (AtriumException e) {
      redirect.addFlashAttribute("flashError", e.getMessage());
    }
    return "redirect:/staff/devices/" + id;
  }

  @PostMapping("/staff/devices/events/{id}/resolve")
  String resolve(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String memberId,
      @RequestParam(defaultValue = "false") boolean giveCard,
      RedirectAttributes redirect) {
    try {
      metering.resolve(id, MembersOnPage.id(memberId), giveCard);
      redirect.addFlashAttribute("resolved", true);
    } catch (AtriumException e) {
      if (e.status().value() == 404) throw e;
      redirect.addFlashAttribute("flashError", e.getMessage());
    }
    return "redirect:/staff/devices#device-events";
  }

  @PostMapping("/staff/devices/events/{id}/dismiss")
  String dismiss(@PathVariable UUID id, RedirectAttributes redirect) {
    try {
      metering.dismiss(id);
      redirect.addFlashAttribute("dismissed", true);
    } catch (AtriumException e) {
      if (e.status().value() == 404) throw e;
      redirect.addFlashAttribute("flashError", e.getMessage());
    }
    return "redirect:/staff/devices#device-events";
  }

  private String page(Model model, String view) {
    List<Location> places = locations.list();
    List<AddOn> services = catalogue.list(AddOnStatus.ACTIVE);
    model.addAttribute("locations", places);
    model.addAttribute(
        "locationNames", places.stream().collect(Collectors.toMap(Location::id, Location::name)));
    model.addAttribute("services", services);
    Map<UUID, AddOn> all =
        catalogue.list(null).stream().collect(Collectors.toMap(AddOn::id, Function.identity()));
    model.addAttribute("serviceById", all);
    model.addAttribute("kinds", DeviceKind.values());
    model.addAttribute(
        "zone", places.isEmpty() ? ZoneId.of("UTC") : ZoneId.of(places.getFirst().timeZone()));
    return view;
  }

  /** Ids picked from a list on the page. */
  private static final class MembersOnPage {
    static UUID id(String text) {
      if (text == null || text.isBlank())
        throw AtriumException.invalid("memberId", "choose a member");
      try {
        return UUID.fromString(text.strip());
      } catch (IllegalArgumentException e) {
        throw AtriumException.invalid("memberId", "choose a member");
      }
    }
  }
}
