package app.atrium.spaces.rest;

import app.atrium.spaces.ResourceType;
import app.atrium.spaces.ResourceTypeDraft;
import app.atrium.spaces.ResourceTypes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue of resource types and their booking rules. */
@RestController
@RequestMapping("/api/v1/resource-types")
@Tag(name = "Resource types")
class ResourceTypesApiController {

  private final ResourceTypes types;

  ResourceTypesApiController(ResourceTypes types) {
    this.types = types;
  }

  @Operation(summary = "List resource types")
  @GetMapping
  List<ResourceType> list() {
    return types.list();
  }

  @Operation(summary = "One resource type")
  @GetMapping("/{id}")
  ResourceType get(@PathVariable UUID id) {
    return types.get(id);
  }

  @Operation(
      summary = "Create a resource type",
      description =
          "kind: EXCLUSIVE (one booking at a time), CAPACITY (N interchangeable units) or"
              + " COMPOSITE (made of exclusive resources). Defaults: bookable true, slotMinutes"
              + " 30, minMinutes one slot, no maxMinutes, bookedBy MEMBERS.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ResourceType create(@Valid @RequestBody ResourceTypeDraft draft) {
    return types.create(draft);
  }

  @Operation(
      summary = "Change a resource type",
      description = "The kind cannot change while resources of the type exist (409).")
  @PutMapping("/{id}")
  ResourceType update(@PathVariable UUID id, @Valid @RequestBody ResourceTypeDraft draft) {
    return types.update(id, draft);
  }
}
