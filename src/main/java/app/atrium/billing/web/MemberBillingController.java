package app.atrium.billing.web;

import app.atrium.billing.Billing;
import app.atrium.billing.InvoiceQuery;
import app.atrium.billing.Invoicing;
import app.atrium.billing.Payer;
import app.atrium.billing.Payments;
import app.atrium.members.Member;
import app.atrium.members.Members;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The billing section of the member card: a fragment the card loads with htmx (so the members
 * module needs nothing of billing) with her balance, latest invoices, saved cards and autopay, and
 * whether dunning suspended her access.
 */
@Controller
class MemberBillingController {

  static final int SHOWN = 5;

  private final Billing billing;
  private final Invoicing invoicing;
  private final Payments payments;
  private final Members members;

  MemberBillingController(
      Billing billing, Invoicing invoicing, Payments payments, Members members) {
    this.billing = billing;
    this.invoicing = invoicing;
    this.payments = payments;
    this.members = members;
  }

  @GetMapping("/staff/members/{memberId}/billing")
  String section(@PathVariable UUID memberId, Model model) {
    return fragment(members.get(memberId), model);
  }

  @PostMapping("/staff/members/{memberId}/billing/methods/{methodId}/autopay")
  String autopay(
      @PathVariable UUID memberId,
      @PathVariable UUID methodId,
      @RequestParam boolean on,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model) {
    Member member = members.get(memberId);
    boolean hers =
        payments.savedMethods(Payer.member(memberId)).stream()
            .anyMatch(m -> m.id().equals(methodId));
    if (!hers) throw app.atrium.platform.web.AtriumException.notFound("Payment method", methodId);
    payments.setAutopay(methodId, on);
    if (htmx == null) return "redirect:/staff/members/" + memberId;
    return fragment(member, model);
  }

  private String fragment(Member member, Model model) {
    Payer payer = Payer.member(member.id());
    model.addAttribute("member", member);
    model.addAttribute("balance", billing.balance(payer));
    model.addAttribute("suspension", billing.suspension(member.id()).orElse(null));
    model.addAttribute(
        "invoices",
        invoicing
            .search(new InvoiceQuery(member.id(), null, null, null, false, false, SHOWN, 0))
            .items());
    model.addAttribute("methods", payments.savedMethods(payer));
    return "billing/member-billing :: billing";
  }
}
