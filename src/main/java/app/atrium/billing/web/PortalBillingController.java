package app.atrium.billing.web;

import app.atrium.billing.Billing;
import app.atrium.billing.BillingProfile.OnlineProvider;
import app.atrium.billing.BillingProperties;
import app.atrium.billing.BillingSettings;
import app.atrium.billing.Checkout;
import app.atrium.billing.Invoice;
import app.atrium.billing.InvoiceQuery;
import app.atrium.billing.Invoicing;
import app.atrium.billing.Payer;
import app.atrium.billing.PaymentQuery;
import app.atrium.billing.Payments;
import app.atrium.members.Member;
import app.atrium.members.Members;
import app.atrium.platform.security.AtriumUser;
import app.atrium.platform.tenant.TenantContext;
import app.atrium.platform.web.AtriumException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The member's billing in the portal: her invoices (status, PDF, pay online through the coworking's
 * provider), her saved cards and autopay.
 */
@Controller
class PortalBillingController {

  private final Invoicing invoicing;
  private final Payments payments;
  private final Billing billing;
  private final BillingSettings settings;
  private final BillingProperties properties;
  private final Members members;
  private final MessageSource messages;

  PortalBillingController(
      Invoicing invoicing,
      Payments payments,
      Billing billing,
      BillingSettings settings,
      BillingProperties properties,
      Members members,
      MessageSource messages) {
    this.invoicing = invoicing;
    this.payments = payments;
    this.billing = billing;
    this.settings = settings;
    this.properties = properties;
    this.members = members;
    this.messages = messages;
  }

  @GetMapping("/portal/billing/invoices")
  String invoices(Model model) {
    Optional<Member> me = me();
    model.addAttribute("member", me.orElse(null));
    if (me.isPresent()) {
      Payer payer = Payer.member(me.get().id());
      model.addAttribute(
          "invoices",
          invoicing
              .search(
                  new InvoiceQuery(
                      me.get().id(), null, null, null, false, false, InvoiceQuery.MAX_LIMIT, 0))
              .items());
      model.addAttribute("balance", billing.balance(payer));
      model.addAttribute("suspension", billing.suspension(me.get().id()).orElse(null));
      model.addAttribute(
          "autopay", payments.savedMethods(payer).stream().anyMatch(m -> m.autopay()));
    }
    model.addAttribute("online", online());
    return "billing/portal-invoices";
  }

  @GetMapping("/portal/billing/invoices/{id}")
  String invoice(@PathVariable UUID id, @RequestParam(defaultValue = "0") int paid, Model model) {
    Invoice invoice = invoicing.get(id);
    model.addAttribute("invoice", invoice);
    model.addAttribute(
        "payments", payments.list(new PaymentQuery(null, null, id, null, null, 100)));
    model.addAttribute("online", online());
    model.addAttribute("returned", paid == 1);
    model.addAttribute(
        "hasCard",
        invoice.payer().memberId() != null && !payments.savedMethods(invoice.payer()).isEmpty());
    return "billing/portal-invoice";
  }

  @GetMapping("/portal/billing/invoices/{id}/pdf")
  ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
    return pdfOf(invoicing, id, locale);
  }

  @PostMapping("/portal/billing/invoices/{id}/pay")
  String pay(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "false") boolean saveCard,
      Locale locale,
      RedirectAttributes redirect) {
    Checkout checkout;
    try {
      checkout = payments.checkout(id, saveCard);
    } catch (AtriumException e) {
      if (e.status().value() == 404) throw e;
      redirect.addFlashAttribute(
          "flashError",
          messages.getMessage("billing.web.refused", new Object[] {e.getMessage()}, locale));
      return "redirect:/portal/billing/invoices/" + id;
    }
    return "redirect:" + local(checkout.url());
  }

  @GetMapping("/portal/billing/methods")
  String methods(Model model) {
    Optional<Member> me = me();
    model.addAttribute("member", me.orElse(null));
    model.addAttribute(
        "methods",
        me.map(m -> payments.savedMethods(Payer.member(m.id()))).orElse(java.util.List.of()));
    model.addAttribute("online", online());
    return "billing/portal-methods";
  }

  @PostMapping("/portal/billing/methods/{id}/autopay")
  String autopay(@PathVariable UUID id, @RequestParam boolean on, RedirectAttributes redirect) {
    payments.setAutopay(id, on);
    redirect.addFlashAttribute("autopayChanged", on ? "on" : "off");
    return "redirect:/portal/billing/methods";
  }

  @PostMapping("/portal/billing/methods/{id}/remove")
  String remove(@PathVariable UUID id, RedirectAttributes redirect) {
    payments.removeMethod(id);
    redirect.addFlashAttribute("removed", true);
    return "redirect:/portal/billing/methods";
  }

  private boolean online() {
    return settings.profile().onlineProvider() != OnlineProvider.NONE;
  }

  private Optional<Member> me() {
    return TenantContext.currentUser().map(AtriumUser::accountId).flatMap(members::findByAccount);
  }

  /** Our own pages (the demo's card page) by path, so a test port or a proxy does not matter. */
  private String local(String url) {
    String base = properties.publicUrl();
    return url.startsWith(base + "/") ? url.substring(base.length()) : url;
  }

  static ResponseEntity<byte[]> pdfOf(Invoicing invoicing, UUID id, Locale locale) {
    Invoice invoice = invoicing.get(id);
    byte[] pdf = invoicing.pdf(id, locale);
    String name = (invoice.number() == null ? "draft-" + id : invoice.number()) + ".pdf";
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(name).build().toString())
        .body(pdf);
  }
}
