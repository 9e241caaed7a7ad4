package app.atrium.plans.web;

import app.atrium.members.Member;
import app.atrium.members.Members;
import app.atrium.plans.FreezeDraft;
import app.atrium.plans.Membership;
import app.atrium.plans.MembershipDetails;
import app.atrium.plans.MembershipStatus;
import app.atrium.plans.MembershipTerm;
import app.atrium.plans.Memberships;
import app.atrium.platform.security.AtriumUser;
import app.atrium.platform.tenant.TenantContext;
import app.atrium.platform.web.AtriumException;
import java.util.List;
import java.util.Optional;
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
 * The member's own memberships in the portal: plan, term, dates and freezes, and pausing a
 * membership for whole days from today on (or taking back a pause that has not begun). The same
 * {@link Memberships} service as the desk decides, so a member can touch only her own.
 */
@Controller
class PortalMembershipController {

  private final Memberships memberships;
  private final Members members;

  PortalMembershipController(Memberships memberships, Members members) {
    this.memberships = memberships;
    this.members = members;
  }

  @GetMapping("/portal/membership")
  String page(Model model) {
    Optional<Member> me = me();
    model.addAttribute("hasCard", me.isPresent());
    List<MembershipDetails> running =
        me.map(
                m ->
                    memberships.listVisible(m.id(), null).stream()
                        .filter(PortalMembershipController::shown)
                        .map(x -> memberships.details(x.id()))
                        .filter(
                            d ->
                                d.membership().endsOn() == null
                                    || !d.membership().endsOn().isBefore(d.today()))
                        .toList())
            .orElse(List.of());
    model.addAttribute("memberships", running);
    return "plans/portal-membership";
  }

  @PostMapping("/portal/membership/{id}/freezes")
  String freeze(
      @PathVariable UUID id,
      @RequestParam(required = false) String firstDay,
      @RequestParam(required = false) String lastDay,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    return act(
        redirect,
        "frozen",
        () ->
            memberships.freeze(
                id,
                new FreezeDraft(
                    Inputs.date("firstDay", firstDay), Inputs.date("lastDay", lastDay), reason)));
  }

  @PostMapping("/portal/membership/{id}/freezes/{freezeId}/remove")
  String removeFreeze(
      @PathVariable UUID id, @PathVariable UUID freezeId, RedirectAttributes redirect) {
    return act(
        redirect,
        "freezeRemoved",
        () -> {
          memberships.removeFreeze(id, freezeId);
          return null;
        });
  }

  private String act(RedirectAttributes redirect, String done, Supplier<?> work) {
    try {
      work.get();
      redirect.addFlashAttribute("done", done);
    } catch (AtriumException e) {
      if (e.status().is5xxServerError()) throw e;
      redirect.addFlashAttribute("flashError", e.firstMessage());
    }
    return "redirect:/portal/membership";
  }

  private Optional<Member> me() {
    return TenantContext.currentUser().map(AtriumUser::accountId).flatMap(members::findByAccount);
  }

  private static boolean shown(Membership m) {
    return m.status() == MembershipStatus.ACTIVE && m.term() != MembershipTerm.DAY;
  }
}
