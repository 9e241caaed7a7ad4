package app.atrium.spaces.web;

import app.atrium.platform.web.AtriumException;
import app.atrium.spaces.Resource;
import app.atrium.spaces.ResourceKind;
import app.atrium.spaces.ResourceStatus;
import app.atrium.spaces.ResourceType;
import app.atrium.spaces.ResourceTypes;
import app.atrium.spaces.Resources;
import app.atrium.tenancy.Location;
import app.atrium.tenancy.Locations;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages of the spaces: every resource by location and type, and the resource form. */
@Controller
class ResourcesController {

  private final Resources resources;
  private final ResourceTypes types;
  private final Locations locations;

  ResourcesController(Resources resources, ResourceTypes types, Locations locations) {
    this.resources = resources;
    this.types = types;
    this.locations = locations;
  }

  @GetMapping("/staff/resources")
  String list(@RequestParam(defaultValue = "false") boolean archived, Model model) {
    var shown = resources.list(null, null, archived ? null : ResourceStatus.ACTIVE);
    model.addAttribute("groups", ResourceGroups.of(locations.list(), shown));
    model.addAttribute("archived", archived);
    model.addAttribute("hasTypes", !types.list().isEmpty());
    return "spaces/resources";
  }

  @GetMapping("/staff/resources/new")
  String create(
      @RequestParam(required = false) UUID typeId,
      @RequestParam(required = false) UUID locationId,
      Model model) {
    var here =
        locationId != null
            ? locationId
            : locations.list().stream().findFirst().map(Location::id).orElse(null);
    return form(null, ResourceForm.empty(here, typeId), model);
  }

  @GetMapping("/staff/resources/{id}")
  String edit(@PathVariable UUID id, Model model) {
    Resource resource = existing(id);
    return form(resource, ResourceForm.of(resource), model);
  }

  @PostMapping({"/staff/resources/new", "/staff/resources/{id}"})
  String save(
      @PathVariable(required = false) UUID id,
      @ModelAttribute("form") ResourceForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    Resource current = id == null ? null : existing(id);
    if (binding.hasErrors()) {
      model.addAttribute("wrongFields", wrongFields(binding));
      return form(current, form, model);
    }
    ResourceKind kind =
        form.getTypeId() == null
            ? null
            : types.find(form.getTypeId()).map(ResourceType::kind).orElse(null);
    Resource saved;
    try {
      saved =
          current == null
              ? resources.create(form.toDraft(kind))
              : resources.update(id, form.toDraft(kind));
    } catch (AtriumException e) {
      model.addAttribute("flashError", e.getMessage());
      return form(current, form, model);
    }
    redirect.addFlashAttribute("saved", true);
    return "redirect:/staff/resources/" + saved.id();
  }

  @PostMapping("/staff/resources/{id}/archive")
  String archive(@PathVariable UUID id, RedirectAttributes redirect) {
    existing(id);
    try {
      resources.archive(id);
      redirect.addFlashAttribute("archivedNow", true);
    } catch (AtriumException e) {
      redirect.addFlashAttribute("flashError", e.getMessage());
    }
    return "redirect:/staff/resources/" + id;
  }

  @PostMapping("/staff/resources/{id}/restore")
  String restore(@PathVariable UUID id, RedirectAttributes redirect) {
    existing(id);
    try {
      resources.restore(id);
      redirect.addFlashAttribute("restoredNow", true);
    } catch (AtriumException e) {
      redirect.addFlashAttribute("flashError", e.getMessage());
    }
    return "redirect:/staff/resources/" + id;
  }

  private String form(Resource resource, ResourceForm form, Model model) {
    List<Location> all = locations.list();
    Map<UUID, String> locationNames =
        all.stream().collect(Collectors.toMap(Location::id, Location::name));
    List<ResourceType> allTypes = types.list();
    // A resource keeps its kind: only types of that kind are offered when editing.
    List<ResourceType> offered =
        resource == null
            ? allTypes
            : allTypes.stream().filter(t -> t.kind() == resource.kind()).toList();
    List<Resource> partChoices =
        resources.list(null, null, null).stream()
            .filter(r -> r.kind() == ResourceKind.EXCLUSIVE)
            .filter(r -> r.active() || form.getPartIds().contains(r.id()))
            .toList();
    model.addAttribute("resource", resource);
    model.addAttribute("form", form);
    model.addAttribute("locations", all);
    model.addAttribute("locationNames", locationNames);
    model.addAttribute("types", offered);
    model.addAttribute(
        "typesById",
        allTypes.stream().collect(Collectors.toMap(ResourceType::id, Function.identity())));
    model.addAttribute("partChoices", partChoices);
    if (resource != null) model.addAttribute("units", resources.units(resource.id()));
    return "spaces/resource";
  }

  private Resource existing(UUID id) {
    return resources.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  /** The fields whose text could not be read (e.g. letters in a number), for the page to name. */
  static String wrongFields(BindingResult binding) {
    return binding.getFieldErrors().stream()
        .map(f -> f.getField())
        .distinct()
        .collect(Collectors.joining(", "));
  }
}
