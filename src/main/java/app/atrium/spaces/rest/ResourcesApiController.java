package app.atrium.spaces.rest;

import app.atrium.spaces.Resource;
import app.atrium.spaces.ResourceDraft;
import app.atrium.spaces.ResourceStatus;
import app.atrium.spaces.Resources;
import app.atrium.spaces.Unit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Rooms, desks, lockers and the rest, with the units a booking of each occupies. */
@RestController
@RequestMapping("/api/v1/resources")
@Tag(name = "Resources")
class ResourcesApiController {

  private final Resources resources;

  ResourcesApiController(Resources resources) {
    this.resources = resources;
  }

  @Operation(summary = "List resources, optionally of one location, type or status")
  @GetMapping
  List<Resource> list(
      @RequestParam(required = false) UUID locationId,
      @RequestParam(required = false) UUID typeId,
      @RequestParam(required = false) ResourceStatus status) {
    return resources.list(locationId, typeId, status);
  }

  @Operation(summary = "One resource")
  @GetMapping("/{id}")
  Resource get(@PathVariable UUID id) {
    return resources.get(id);
  }

  @Operation(summary = "The units a booking of a resource occupies, with their labels")
  @GetMapping("/{id}/units")
  List<Unit> units(@PathVariable UUID id) {
    return resources.units(id);
  }

  @Operation(
      summary = "Create a resource",
      description =
          "A CAPACITY resource needs units (1-500); an EXCLUSIVE one has one unit; a COMPOSITE"
              + " one needs partIds: 2-20 active exclusive resources of the same location.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Resource create(@Valid @RequestBody ResourceDraft draft) {
    return resources.create(draft);
  }

  @Operation(
      summary = "Change a resource",
      description =
          "Changing units of a CAPACITY resource adds or removes its highest-numbered units."
              + " The type may change only to one of the same kind.")
  @PutMapping("/{id}")
  Resource update(@PathVariable UUID id, @Valid @RequestBody ResourceDraft draft) {
    return resources.update(id, draft);
  }

  @Operation(
      summary = "Archive a resource",
      description = "Refused (409) while an active composite resource is made of it.")
  @DeleteMapping("/{id}")
  Resource archive(@PathVariable UUID id) {
    return resources.archive(id);
  }

  @Operation(summary = "Make an archived resource active again")
  @PostMapping("/{id}/restore")
  Resource restore(@PathVariable UUID id) {
    return resources.restore(id);
  }
}
