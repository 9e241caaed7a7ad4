package app.atrium.plans.rest;

import app.atrium.plans.AddOnDraft;
import app.atrium.plans.Cancellation;
import app.atrium.plans.DayPassDraft;
import app.atrium.plans.FreezeDraft;
import app.atrium.plans.MembershipDraft;
import app.atrium.plans.MembershipEvent;
import app.atrium.plans.Memberships;
import app.atrium.plans.PlanChange;
import app.atrium.plans.rest.MembershipResource.AddOnResource;
import app.atrium.plans.rest.MembershipResource.FreezeResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.YearMonth;
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

/** Members' memberships of plans and their lifecycle. */
@RestController
@RequestMapping("/api/v1/memberships")
@Tag(name = "Memberships")
class MembershipsApiController {

  private final Memberships memberships;

  MembershipsApiController(Memberships memberships) {
    this.memberships = memberships;
  }

  @Operation(
      summary = "List memberships, newest first",
      description = "Each with the plan and price in force today. A member sees her own only.")
  @GetMapping
  List<MembershipResource> list(
      @Parameter(description = "Only this member's") @RequestParam(required = false) UUID memberId,
      @Parameter(description = "Only on this plan today") @RequestParam(required = false)
          UUID planId) {
    return memberships.listVisible(memberId, planId).stream().map(MembershipResource::of).toList();
  }

  @Operation(
      summary = "One membership, with its plans by date, freezes and add-ons",
      description = "A plan segment starting after today is a scheduled change (a downgrade).")
  @GetMapping("/{id}")
  MembershipResource get(@PathVariable UUID id) {
    return MembershipResource.of(memberships.details(id));
  }

  @Operation(
      summary = "Put a member on a plan",
      description =
          "The plan must be active. Term: DAY (day plans: one day), OPEN_ENDED (renews monthly"
              + " until cancelled) or MONTHS_3/6/12 (ends after the term; prepaid allowed). The"
              + " agreed price defaults to the list price; a 'from' plan takes at least it, any"
              + " other at most it. A fixed desk or office plan may assign a workspace (a spaces"
              + " resource, and its unit for a resource of several).")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  MembershipResource start(@Valid @RequestBody MembershipDraft draft) {
    return MembershipResource.of(memberships.details(memberships.start(draft).id()));
  }

  @Operation(
      summary = "Sell a day pass for today",
      description =
          "A one-day membership on the day plan at the location (both default to the only one)."
              + " Refused when the member has a day pass there today already.")
  @PostMapping("/day-pass")
  @ResponseStatus(HttpStatus.CREATED)
  MembershipResource dayPass(@Valid @RequestBody DayPassDraft draft) {
    return MembershipResource.of(memberships.details(memberships.dayPass(draft).id()));
  }

  @Operation(summary = "The membership's history, newest first")
  @GetMapping("/{id}/history")
  List<MembershipEvent> history(@PathVariable UUID id) {
    return memberships.history(id);
  }

  @Operation(
      summary = "What the membership costs in a month",
      description =
          "Plans prorated by calendar days (price × days / days in the month, each line rounded"
              + " half-up), frozen days at the plan's freeze fee, add-ons by their dates.")
  @GetMapping("/{id}/fee")
  FeeResource fee(
      @PathVariable UUID id,
      @Parameter(description = "The month, e.g. 2026-12") @RequestParam YearMonth month) {
    return FeeResource.of(memberships.fee(id, month));
  }

  @Operation(summary = "What the membership grants in a month (allowances, pool, rollover)")
  @GetMapping("/{id}/entitlement")
  FeeResource.Grant entitlement(
      @PathVariable UUID id,
      @Parameter(description = "The month, e.g. 2026-12") @RequestParam YearMonth month) {
    memberships.getVisible(id);
    return FeeResource.Grant.of(memberships.entitlement(id, month));
  }

  @Operation(
      summary = "Freeze whole days",
      description =
          "From firstDay to lastDay inclusive (at most 365 days). No fee but the plan's freeze fee,"
              + " fewer allowances, no booking and no door access on those days. A fixed term"
              + " ends later by the frozen days. Refused when the days overlap another freeze;"
              + " a member may freeze her own membership from today on.")
  @PostMapping("/{id}/freezes")
  @ResponseStatus(HttpStatus.CREATED)
  FreezeResource freeze(@PathVariable UUID id, @Valid @RequestBody FreezeDraft draft) {
    return FreezeResource.of(memberships.freeze(id, draft));
  }

  @Operation(summary = "Take back a freeze that has not begun")
  @DeleteMapping("/{id}/freezes/{freezeId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void removeFreeze(@PathVariable UUID id, @PathVariable UUID freezeId) {
    memberships.removeFreeze(id, freezeId);
  }

  @Operation(
      summary = "Preview an upgrade today",
      description =
          "The lines for the rest of this month: the old plan's share back, the new plan's"
              + " charged, and the allowance the new plan adds. Changes nothing.")
  @PostMapping("/{id}/upgrade-preview")
  FeeResource.Preview upgradePreview(@PathVariable UUID id, @Valid @RequestBody PlanChange change) {
    return FeeResource.Preview.of(memberships.previewUpgrade(id, change));
  }

  @Operation(
      summary = "Upgrade today",
      description =
          "To a plan at a dearer monthly price, from today; answers what its preview showed. A"
              + " scheduled downgrade is dropped.")
  @PostMapping("/{id}/upgrade")
  FeeResource.Preview upgrade(@PathVariable UUID id, @Valid @RequestBody PlanChange change) {
    return FeeResource.Preview.of(memberships.upgrade(id, change));
  }

  @Operation(
      summary = "Downgrade from the next month",
      description =
          "To a plan at the same or a lower price, from the 1st of next month (a scheduled"
              + " change until then; a later one replaces it).")
  @PostMapping("/{id}/downgrade")
  MembershipResource downgrade(@PathVariable UUID id, @Valid @RequestBody PlanChange change) {
    memberships.downgrade(id, change);
    return MembershipResource.of(memberships.details(id));
  }

  @Operation(summary = "Take back a scheduled plan change")
  @DeleteMapping("/{id}/scheduled-change")
  MembershipResource cancelScheduledChange(@PathVariable UUID id) {
    memberships.cancelScheduledChange(id);
    return MembershipResource.of(memberships.details(id));
  }

  @Operation(
      summary = "Cancel",
      description =
          "Open-ended: ends on the last day of this month (or of a later month given as endsOn)."
              + " Fixed term: ends at the term's end and is not renewed, or on an earlier endsOn"
              + " from today. One that has not started never runs.")
  @PostMapping("/{id}/cancel")
  MembershipResource cancel(
      @PathVariable UUID id, @Valid @RequestBody(required = false) Cancellation cancellation) {
    memberships.cancel(id, cancellation);
    return MembershipResource.of(memberships.details(id));
  }

  @Operation(
      summary = "Renew a fixed term",
      description =
          "A new term of the same length from the day after the current one ends, within 60"
              + " days of that end.")
  @PostMapping("/{id}/renew")
  MembershipResource renew(@PathVariable UUID id) {
    memberships.renew(id);
    return MembershipResource.of(memberships.details(id));
  }

  /** Whether renewals and invoices charge the member by themselves. */
  record Autopay(Boolean autopay) {}

  @Operation(summary = "Turn autopay on or off")
  @PutMapping("/{id}/autopay")
  MembershipResource autopay(@PathVariable UUID id, @RequestBody Autopay body) {
    memberships.getVisible(id);
    if (body == null || body.autopay() == null) {
      throw app.atrium.platform.web.AtriumException.invalid("autopay", "is required");
    }
    memberships.setAutopay(id, body.autopay());
    return MembershipResource.of(memberships.details(id));
  }

  /** A spaces resource and, for one of several units, which unit. */
  record Workspace(UUID resourceId, UUID unitId) {}

  @Operation(
      summary = "Assign a desk or an office from today",
      description = "Only on a fixed desk or private office plan; no unit is held twice at once.")
  @PutMapping("/{id}/workspace")
  MembershipResource assignWorkspace(@PathVariable UUID id, @RequestBody Workspace body) {
    memberships.getVisible(id);
    memberships.assignWorkspace(
        id, body == null ? null : body.resourceId(), body == null ? null : body.unitId());
    return MembershipResource.of(memberships.details(id));
  }

  @Operation(summary = "Let the assigned desk or office go from today")
  @DeleteMapping("/{id}/workspace")
  MembershipResource releaseWorkspace(@PathVariable UUID id) {
    memberships.releaseWorkspace(id);
    return MembershipResource.of(memberships.details(id));
  }

  @Operation(
      summary = "Add a recurring add-on",
      description =
          "A locker, parking, a legal address … at a monthly price each, or free when the plan"
              + " includes it (then leave the price out).")
  @PostMapping("/{id}/add-ons")
  @ResponseStatus(HttpStatus.CREATED)
  AddOnResource addAddOn(@PathVariable UUID id, @Valid @RequestBody AddOnDraft draft) {
    return AddOnResource.of(memberships.addAddOn(id, draft));
  }

  /** When an add-on ends (null: this month's last day). */
  record AddOnEnd(LocalDate endsOn) {}

  @Operation(summary = "End a recurring add-on (default: at the end of this month)")
  @PostMapping("/{id}/add-ons/{addOnId}/end")
  MembershipResource endAddOn(
      @PathVariable UUID id,
      @PathVariable UUID addOnId,
      @RequestBody(required = false) AddOnEnd body) {
    memberships.endAddOn(id, addOnId, body == null ? null : body.endsOn());
    return MembershipResource.of(memberships.details(id));
  }
}
