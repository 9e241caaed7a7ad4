package app.atrium.spaces.web;

import app.atrium.platform.web.AtriumException;
import app.atrium.spaces.ResourceType;
import app.atrium.spaces.ResourceTypes;
import java.util.UUID;
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

/** Staff pages of the resource type catalogue. */
@Controller
class ResourceTypesController {

  private final ResourceTypes types;

  ResourceTypesController(ResourceTypes types) {
    this.types = types;
  }

  @GetMapping("/staff/resource-types")
  String list(Model model) {
    model.addAttribute("types", types.list());
    return "spaces/resource-types";
  }

  @GetMapping("/staff/resource-types/new")
  String create(Model model) {
    return form(null, new ResourceTypeForm(), model);
  }

  @GetMapping("/staff/resource-types/{id}")
  String edit(@PathVariable UUID id, Model model) {
    ResourceType type = existing(id);
    return form(type, ResourceTypeForm.of(type), model);
  }

  @PostMapping({"/staff/resource-types/new", "/staff/resource-types/{id}"})
  String save(
      @PathVariable(required = false) UUID id,
      @ModelAttribute("form") ResourceTypeForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    ResourceType current = id == null ? null : existing(id);
    if (binding.hasErrors()) {
      model.addAttribute("wrongFields", ResourcesController.wrongFields(binding));
      return form(current, form, model);
    }
    try {
      if (current == null) types.create(form.toDraft());
      else types.update(id, form.toDraft());
    } catch (AtriumException e) {
      model.addAttribute("flashError", e.getMessage());
      return form(current, form, model);
    }
    redirect.addFlashAttribute("saved", true);
    return "redirect:/staff/resource-types";
  }

  private String form(ResourceType type, ResourceTypeForm form, Model model) {
    model.addAttribute("type", type);
    model.addAttribute("form", form);
    model.addAttribute("kindLocked", type != null && type.resources() > 0);
    return "spaces/resource-type";
  }

  private ResourceType existing(UUID id) {
    return types.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
