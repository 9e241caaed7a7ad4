package app.atrium.plans.rest;

import app.atrium.plans.PlanDraft;
import app.atrium.plans.PlanStatus;
import app.atrium.plans.Plans;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

/** The plan catalogue. */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Plans")
class PlansApiController {

  private final Plans plans;

  PlansApiController(Plans plans) {
    this.plans = plans;
  }

  @Operation(summary = "List plans in display order, active first")
  @GetMapping
  List<PlanResource> list(
      @Parameter(description = "Only plans with this status") @RequestParam(required = false)
          PlanStatus status) {
    return plans.list(status).stream().map(PlanResource::of).toList();
  }

  @Operation(summary = "One plan")
  @GetMapping("/{id}")
  PlanResource get(@PathVariable UUID id) {
    return PlanResource.of(plans.get(id));
  }

  @Operation(summary = "Create a plan (amounts in the coworking's currency)")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  PlanResource create(@Valid @RequestBody PlanDraft draft) {
    return PlanResource.of(plans.create(draft));
  }

  @Operation(summary = "Change a plan; allowances and extras are replaced by those sent")
  @PutMapping("/{id}")
  PlanResource update(@PathVariable UUID id, @Valid @RequestBody PlanDraft draft) {
    return PlanResource.of(plans.update(id, draft));
  }

  @Operation(
      summary = "Archive a plan",
      description =
          "Takes the plan off sale; existing memberships keep it. The plan is not deleted.")
  @DeleteMapping("/{id}")
  PlanResource archive(@PathVariable UUID id) {
    return PlanResource.of(plans.archive(id));
  }

  @Operation(summary = "Put an archived plan back on sale")
  @PostMapping("/{id}/restore")
  PlanResource restore(@PathVariable UUID id) {
    return PlanResource.of(plans.restore(id));
  }
}
