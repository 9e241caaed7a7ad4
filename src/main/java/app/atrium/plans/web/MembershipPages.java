package app.atrium.plans.web;

import app.atrium.members.Member;
import app.atrium.members.Members;
import app.atrium.plans.AddOnDraft;
import app.atrium.plans.Cancellation;
import app.atrium.plans.DayPassDraft;
import app.atrium.plans.Extra;
import app.atrium.plans.FreezeDraft;
import app.atrium.plans.Membership;
import app.atrium.plans.MembershipDetails;
import app.atrium.plans.MembershipDraft;
import app.atrium.plans.MembershipTerm;
import app.atrium.plans.Memberships;
import app.atrium.plans.Plan;
import app.atrium.plans.PlanChange;
import app.atrium.plans.PlanPeriod;
import app.atrium.plans.PlanStatus;
import app.atrium.plans.Plans;
import app.atrium.plans.domain.UpgradePreview;
import app.atrium.platform.web.AtriumException;
import app.atrium.tenancy.Locations;
import jakarta.servlet.http.HttpServletResponse;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages of memberships: the list on the member card, a new membership, a day pass, and the
 * membership page with its freeze, plan change (upgrade previewed before it is confirmed), cancel,
 * renewal, add-on and autopay forms and its history. A refused form comes back with its reason and
 * changes nothing.
 */
@Controller
class MembershipPages {

  private final Memberships memberships;
  private final Plans plans;
  private final Members members;
  private final Locations locations;
  private final WorkspaceChoices workspaces;

  MembershipPages(
      Memberships memberships,
      Plans plans,
      Members members,
      Locations locations,
      WorkspaceChoices workspaces) {
    this.memberships = memberships;
    this.plans = plans;
    this.members = members;
    this.locations = locations;
    this.workspaces = workspaces;
  }

  /** The member card's memberships section (loaded into the card by htmx). */
  @GetMapping("/staff/members/{memberId}/memberships")
  String ofMember(@PathVariable UUID memberId, Model model) {
    Member member = members.get(memberId);
    model.addAttribute("member", member);
    model.addAttribute("memberships", memberships.list(memberId, null));
    return "plans/member-memberships :: section";
  }

  @GetMapping("/staff/members/{memberId}/memberships/new")
  String newMembership(@PathVariable UUID memberId, Model model) {
    model.addAttribute("form", new MembershipForm());
    return newPage(members.get(memberId), model);
  }

  @PostMapping("/staff/members/{memberId}/memberships/new")
  String start(
      @PathVariable UUID memberId,
      MembershipForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Member member = members.get(memberId);
    try {
      UUID[] ws = Inputs.workspace(form.getWorkspace());
      Membership m =
          memberships.start(
              new MembershipDraft(
                  memberId,
                  Inputs.id("planId", form.getPlanId()),
                  Inputs.id("locationId", form.getLocationId()),
                  Inputs.date("startsOn", form.getStartsOn()),
                  Inputs.choice(MembershipTerm.class, "term", form.getTerm()),
                  form.isPrepaid(),
                  Inputs.number("price", form.getPrice()),
                  form.getPriceNote(),
                  form.isAutopay(),
                  ws[0],
                  ws[1]));
      redirect.addFlashAttribute("done", "started");
      return "redirect:/staff/memberships/" + m.id();
    } catch (AtriumException e) {
      if (e.status().is5xxServerError()) throw e;
      response.setStatus(e.status().value());
      model.addAttribute("form", form);
      model.addAttribute("flashError", e.getMessage());
      return newPage(member, model);
    }
  }

  @PostMapping("/staff/members/{memberId}/day-pass")
  String dayPass(
      @PathVariable UUID memberId, RedirectAttributes redirect, HttpServletResponse response) {
    members.get(memberId);
    try {
      Membership m = memberships.dayPass(new DayPassDraft(memberId, null, null, null));
      redirect.addFlashAttribute("done", "dayPass");
      return "redirect:/staff/memberships/" + m.id();
    } catch (AtriumException e) {
      if (e.status().is5xxServerError()) throw e;
      redirect.addFlashAttribute("flashError", e.getMessage());
      return "redirect:/staff/members/" + memberId;
    }
  }

  @GetMapping("/staff/memberships/{id}")
  String page(@PathVariable UUID id, Model model) {
    return page(memberships.details(id), model);
  }

  @PostMapping("/staff/memberships/{id}/freezes")
  String freeze(
      @PathVariable UUID id,
      @RequestParam(required = false) String firstDay,
      @RequestParam(required = false) String lastDay,
      @RequestParam(required = false) String reason,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return act(
        id,
        "frozen",
        () ->
            memberships.freeze(
                id,
                new FreezeDraft(
                    Inputs.date("firstDay", firstDay), Inputs.date("lastDay", lastDay), reason)),
        model,
        response,
        redirect);
  }

  @PostMapping("/staff/memberships/{id}/freezes/{freezeId}/remove")
  String removeFreeze(
      @PathVariable UUID id,
      @PathVariable UUID freezeId,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return act(
        id,
        "freezeRemoved",
        () -> {
          memberships.removeFreeze(id, freezeId);
          return null;
        },
        model,
        response,
        redirect);
  }

  /** Shows what the upgrade would cost, with a button to confirm it; changes nothing. */
  @PostMapping("/staff/memberships/{id}/upgrade-preview")
  String previewUpgrade(
      @PathVariable UUID id,
      @RequestParam(required = false) String planId,
      @RequestParam(required = false) String price,
      @RequestParam(required = false) String workspace,
      Model model,
      HttpServletResponse response) {
    MembershipDetails d = memberships.details(id);
    try {
      PlanChange change = change(planId, price, workspace);
      UpgradePreview preview = memberships.previewUpgrade(id, change);
      model.addAttribute("preview", preview);
      model.addAttribute("previewPlan", plans.get(change.planId()));
      model.addAttribute("previewPrice", price == null ? "" : price);
      model.addAttribute("previewWorkspace", workspace == null ? "" : workspace);
    } catch (AtriumException e) {
      if (e.status().is5xxServerError()) throw e;
      response.setStatus(e.status().value());
      model.addAttribute("flashError", e.getMessage());
    }
    return page(d, model);
  }

  @PostMapping("/staff/memberships/{id}/upgrade")
  String upgrade(
      @PathVariable UUID id,
      @RequestParam(required = false) String planId,
      @RequestParam(required = false) String price,
      @RequestParam(required = false) String workspace,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return act(
        id,
        "upgraded",
        () -> memberships.upgrade(id, change(planId, price, workspace)),
        model,
        response,
        redirect);
  }

  @PostMapping("/staff/memberships/{id}/downgrade")
  String downgrade(
      @PathVariable UUID id,
      @RequestParam(required = false) String planId,
      @RequestParam(required = false) String price,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return act(
        id,
        "downgraded",
        () -> memberships.downgrade(id, change(planId, price, null)),
        model,
        response,
        redirect);
  }

  @PostMapping("/staff/memberships/{id}/scheduled-change/cancel")
  String cancelScheduled(
      @PathVariable UUID id,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return act(
        id,
        "scheduledCancelled",
        () -> {
          memberships.cancelScheduledChange(id);
          return null;
        },
        model,
        response,
        redirect);
  }

  @PostMapping("/staff/memberships/{id}/cancel")
  String cancel(
      @PathVariable UUID id,
      @RequestParam(required = false) String endsOn,
      @RequestParam(required = false) String reason,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return act(
        id,
        "cancelled",
        () -> memberships.cancel(id, new Cancellation(Inputs.date("endsOn", endsOn), reason)),
        model,
        response,
        redirect);
  }

  @PostMapping("/staff/memberships/{id}/renew")
  String renew(
      @PathVariable UUID id,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return act(id, "renewed", () -> memberships.renew(id), model, response, redirect);
  }

  @PostMapping("/staff/memberships/{id}/autopay")
  String autopay(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "false") boolean autopay,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return act(
        id,
        "saved",
        () -> {
          memberships.setAutopay(id, autopay);
          return null;
        },
        model,
        response,
        redirect);
  }

  @PostMapping("/staff/memberships/{id}/workspace")
  String workspace(
      @PathVariable UUID id,
      @RequestParam(required = false) String workspace,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return act(
        id,
        "saved",
        () -> {
          UUID[] ws = Inputs.workspace(workspace);
          if (ws[0] == null) memberships.releaseWorkspace(id);
          else memberships.assignWorkspace(id, ws[0], ws[1]);
          return null;
        },
        model,
        response,
        redirect);
  }

  @PostMapping("/staff/memberships/{id}/add-ons")
  String addOn(
      @PathVariable UUID id,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String quantity,
      @RequestParam(required = false) String price,
      @RequestParam(required = false) String startsOn,
      @RequestParam(required = false) String note,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return act(
        id,
        "addOnAdded",
        () ->
            memberships.addAddOn(
                id,
                new AddOnDraft(
                    Inputs.choice(Extra.class, "kind", kind),
                    Inputs.whole("quantity", quantity),
                    Inputs.number("price", price),
                    Inputs.date("startsOn", startsOn),
                    null,
                    note)),
        model,
        response,
        redirect);
  }

  @PostMapping("/staff/memberships/{id}/add-ons/{addOnId}/end")
  String endAddOn(
      @PathVariable UUID id,
      @PathVariable UUID addOnId,
      @RequestParam(required = false) String endsOn,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return act(
        id,
        "addOnEnded",
        () -> {
          memberships.endAddOn(id, addOnId, Inputs.date("endsOn", endsOn));
          return null;
        },
        model,
        response,
        redirect);
  }

  // ---------------------------------------------------------------------------------------------

  /** Runs a change; on success back to the page with a note, on a refusal the page with why. */
  private String act(
      UUID id,
      String done,
      Supplier<Object> change,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    MembershipDetails before = memberships.details(id);
    try {
      change.get();
    } catch (AtriumException e) {
      if (e.status().is5xxServerError()) throw e;
      response.setStatus(e.status().value());
      model.addAttribute("flashError", e.getMessage());
      return page(before, model);
    }
    redirect.addFlashAttribute("done", done);
    return "redirect:/staff/memberships/" + id;
  }

  private static PlanChange change(String planId, String price, String workspace) {
    UUID plan = Inputs.id("planId", planId);
    if (plan == null) throw AtriumException.invalid("planId", "choose a plan");
    UUID[] ws = Inputs.workspace(workspace);
    return new PlanChange(plan, Inputs.number("price", price), null, ws[0], ws[1]);
  }

  private String page(MembershipDetails d, Model model) {
    Membership m = d.membership();
    model.addAttribute("d", d);
    model.addAttribute("m", m);
    model.addAttribute("member", members.find(m.memberId()).orElse(null));
    model.addAttribute("plan", plans.get(m.planId()));
    model.addAttribute(
        "planChoices",
        plans.list(PlanStatus.ACTIVE).stream()
            .filter(p -> p.period() == PlanPeriod.MONTH && !p.id().equals(m.planId()))
            .toList());
    model.addAttribute("fee", memberships.fee(m.id(), YearMonth.from(d.today())));
    model.addAttribute(
        "workspaceLabel", workspaces.label(m.workspaceResourceId(), m.workspaceUnitId()));
    model.addAttribute("workspaceChoices", workspaces.at(m.locationId()));
    model.addAttribute("extraChoices", Extra.values());
    var location = locations.find(m.locationId()).orElse(null);
    model.addAttribute("location", location);
    model.addAttribute(
        "zone",
        location == null ? java.time.ZoneOffset.UTC : java.time.ZoneId.of(location.timeZone()));
    return "plans/membership";
  }

  private String newPage(Member member, Model model) {
    List<Plan> onSale = plans.list(PlanStatus.ACTIVE);
    model.addAttribute("member", member);
    model.addAttribute("planChoices", onSale);
    model.addAttribute("locations", locations.list());
    model.addAttribute("terms", MembershipTerm.values());
    UUID home = locations.list().getFirst().id();
    model.addAttribute("workspaceChoices", workspaces.at(home));
    return "plans/membership-new";
  }
}
