package app.atrium.plans.rest;

import app.atrium.plans.Membership;
import app.atrium.plans.MembershipDraft;
import app.atrium.plans.Memberships;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Members' memberships of plans. */
@RestController
@RequestMapping("/api/v1/memberships")
@Tag(name = "Memberships")
class MembershipsApiController {

  private final Memberships memberships;

  MembershipsApiController(Memberships memberships) {
    this.memberships = memberships;
  }

  @Operation(summary = "List memberships, newest first")
  @GetMapping
  List<Membership> list(
      @Parameter(description = "Only this member's") @RequestParam(required = false) UUID memberId,
      @Parameter(description = "Only on this plan") @RequestParam(required = false) UUID planId) {
    return memberships.list(memberId, planId);
  }

  @Operation(summary = "One membership")
  @GetMapping("/{id}")
  Membership get(@PathVariable UUID id) {
    return memberships.get(id);
  }

  @Operation(
      summary = "Put a member on a plan",
      description =
          "The plan must be active. A day pass ends the day it starts; a monthly plan runs until"
              + " ended.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Membership start(@Valid @RequestBody MembershipDraft draft) {
    return memberships.start(draft);
  }
}
