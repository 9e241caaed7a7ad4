package app.atrium.billing.web;

import app.atrium.billing.Billing;
import app.atrium.billing.InvoiceQuery;
import app.atrium.billing.Invoicing;
import app.atrium.billing.Payer;
import app.atrium.billing.Payments;
import app.atrium.billing.run.ChargeDraft;
import app.atrium.billing.run.PendingCharge;
import app.atrium.billing.run.PendingCharges;
import app.atrium.members.Member;
import app.atrium.members.Members;
import app.atrium.platform.web.AtriumException;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
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
  private final PendingCharges charges;

  MemberBillingController(
      Billing billing,
      Invoicing invoicing,
      Payments payments,
      Members members,
      PendingCharges charges) {
    this.billing = billing;
    this.invoicing = invoicing;
    this.payments = payments;
    this.members = members;
    this.charges = charges;
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
    if (!hers) throw AtriumException.notFound("Payment method", methodId);
    payments.setAutopay(methodId, on);
    if (htmx == null) return "redirect:/staff/members/" + memberId;
    return fragment(member, model);
  }

  /**
   * Puts a charge or a discount on her next invoice; {@code kind} is ONE_OFF, DISCOUNT (an amount
   * off) or DISCOUNT_PERCENT.
   */
  @PostMapping("/staff/members/{memberId}/billing/charges")
  String addCharge(
      @PathVariable UUID memberId,
      @RequestParam(defaultValue = "") String kind,
      @RequestParam(defaultValue = "") String description,
      @RequestParam(defaultValue = "") String value,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      HttpServletResponse response,
      Model model) {
    Member member = members.get(memberId);
    try {
      boolean percent = kind.equals("DISCOUNT_PERCENT");
      PendingCharge.Kind k =
          kind.equals("ONE_OFF") ? PendingCharge.Kind.ONE_OFF : PendingCharge.Kind.DISCOUNT;
      if (!percent && !kind.equals("ONE_OFF") && !kind.equals("DISCOUNT")) {
        throw AtriumException.invalid("kind", "choose a charge or a discount");
      }
      BigDecimal number = number(value);
      charges.add(
          new ChargeDraft(
              member.id(),
              null,
              k,
              description,
              percent ? null : number,
              percent ? number : null,
              null));
    } catch (AtriumException e) {
      response.setStatus(e.status().value());
      model.addAttribute("chargeError", e.firstMessage());
      model.addAttribute("chargeDescription", description);
      model.addAttribute("chargeValue", value);
    }
    if (htmx == null && model.getAttribute("chargeError") == null) {
      return "redirect:/staff/members/" + memberId;
    }
    return fragment(member, model);
  }

  @PostMapping("/staff/members/{memberId}/billing/charges/{chargeId}/cancel")
  String cancelCharge(
      @PathVariable UUID memberId,
      @PathVariable UUID chargeId,
      @RequestParam(defaultValue = "") String reason,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      HttpServletResponse response,
      Model model) {
    Member member = members.get(memberId);
    if (!memberId.equals(charges.get(chargeId).memberId())) {
      throw AtriumException.notFound("Charge", chargeId);
    }
    try {
      charges.cancel(chargeId, reason);
    } catch (AtriumException e) {
      response.setStatus(e.status().value());
      model.addAttribute("chargeError", e.firstMessage());
    }
    if (htmx == null && model.getAttribute("chargeError") == null) {
      return "redirect:/staff/members/" + memberId;
    }
    return fragment(member, model);
  }

  private static BigDecimal number(String value) {
    try {
      return new BigDecimal(value.strip().replace(',', '.').replace(" ", "").replace("\u00a0", ""));
    } catch (NumberFormatException e) {
      throw AtriumException.invalid("value", "enter a number, e.g. 2000 or 10");
    }
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
    model.addAttribute("charges", charges.list(member.id(), null, true, 50));
    return "billing/member-billing :: billing";
  }
}
