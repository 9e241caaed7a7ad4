package app.atrium.billing.web;

import app.atrium.billing.CreditNoteRequest;
import app.atrium.billing.CreditNotes;
import app.atrium.billing.Dunning;
import app.atrium.billing.DunningRun;
import app.atrium.billing.Invoice;
import app.atrium.billing.InvoicePage;
import app.atrium.billing.InvoiceQuery;
import app.atrium.billing.Invoicing;
import app.atrium.billing.ManualPayment;
import app.atrium.billing.PaymentMethodKind;
import app.atrium.billing.PaymentQuery;
import app.atrium.billing.Payments;
import app.atrium.billing.export.BillingExports;
import app.atrium.billing.export.BillingExports.Export;
import app.atrium.billing.export.BillingExports.Kind;
import app.atrium.members.Companies;
import app.atrium.members.MemberQuery;
import app.atrium.members.Members;
import app.atrium.platform.web.AtriumException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
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
 * The staff's invoices: the list with its filters (unpaid, overdue, period, payer) and the
 * accounting exports; one invoice with its lines, payments, credit notes and reminders, where a
 * bank transfer or cash is recorded and a credit note issued; dunning on demand.
 */
@Controller
class StaffInvoicesController {

  static final int PAGE = 50;

  private final Invoicing invoicing;
  private final Payments payments;
  private final CreditNotes creditNotes;
  private final Dunning dunning;
  private final BillingExports exports;
  private final Members members;
  private final Companies companies;
  private final MessageSource messages;

  StaffInvoicesController(
      Invoicing invoicing,
      Payments payments,
      CreditNotes creditNotes,
      Dunning dunning,
      BillingExports exports,
      Members members,
      Companies companies,
      MessageSource messages) {
    this.invoicing = invoicing;
    this.payments = payments;
    this.creditNotes = creditNotes;
    this.dunning = dunning;
    this.exports = exports;
    this.members = members;
    this.companies = companies;
    this.messages = messages;
  }

  @GetMapping("/staff/invoices")
  String list(
      @RequestParam(defaultValue = "all") String view,
      @RequestParam(required = false) YearMonth period,
      @RequestParam(defaultValue = "") String payer,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    String shown = view.matches("all|unpaid|overdue") ? view : "all";
    UUID memberId = null;
    UUID companyId = null;
    if (payer.startsWith("member:")) memberId = uuid(payer.substring(7));
    if (payer.startsWith("company:")) companyId = uuid(payer.substring(8));
    int p = Math.max(0, page);
    InvoicePage invoices =
        invoicing.search(
            new InvoiceQuery(
                memberId,
                companyId,
                period,
                null,
                shown.equals("unpaid"),
                shown.equals("overdue"),
                PAGE,
                p * PAGE));
    model.addAttribute("invoices", invoices);
    model.addAttribute("view", shown);
    model.addAttribute("period", period);
    model.addAttribute("payer", payer);
    model.addAttribute("page", p);
    model.addAttribute("pages", (invoices.total() + PAGE - 1) / PAGE);
    model.addAttribute(
        "members", members.search(MemberQuery.active(null, MemberQuery.MAX_LIMIT)).items());
    model.addAttribute("companies", companies.list(null));
    YearMonth month = YearMonth.from(invoicing.today());
    model.addAttribute("exportFrom", period != null ? period : month);
    model.addAttribute("exportTo", period != null ? period : month);
    return "billing/staff-invoices";
  }

  @GetMapping("/staff/invoices/{id}")
  String invoice(@PathVariable UUID id, Model model) {
    Invoice invoice = invoicing.get(id);
    model.addAttribute("invoice", invoice);
    model.addAttribute(
        "payments", payments.list(new PaymentQuery(null, null, id, null, null, 100)));
    model.addAttribute("creditNotes", creditNotes.list(id));
    model.addAttribute("reminders", dunning.reminders(id));
    model.addAttribute("today", invoicing.today());
    model.addAttribute("methods", List.of(PaymentMethodKind.BANK_TRANSFER, PaymentMethodKind.CASH));
    return "billing/staff-invoice";
  }

  @GetMapping("/staff/invoices/{id}/pdf")
  ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
    return PortalBillingController.pdfOf(invoicing, id, locale);
  }

  @PostMapping("/staff/invoices/{id}/payments")
  String recordPayment(
      @PathVariable UUID id,
      @RequestParam(required = false) BigDecimal amount,
      @RequestParam(defaultValue = "BANK_TRANSFER") PaymentMethodKind method,
      @RequestParam(required = false) LocalDate receivedOn,
      @RequestParam(defaultValue = "") String reference,
      Locale locale,
      RedirectAttributes redirect) {
    invoicing.get(id);
    try {
      var p =
          payments.record(
              new ManualPayment(
                  id, null, null, amount, method, receivedOn, reference.strip(), null));
      redirect.addFlashAttribute(
          "flashOk",
          messages.getMessage(
              "billing.staff.paymentRecorded",
              new Object[] {new BillingFormat().money(p.amount(), p.currency(), locale)},
              locale));
    } catch (AtriumException e) {
      if (e.status().value() == 404) throw e;
      refused(redirect, e, locale);
    }
    return "redirect:/staff/invoices/" + id;
  }

  @PostMapping("/staff/invoices/{id}/credit-notes")
  String creditNote(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam(required = false) Integer lineNo,
      @RequestParam(required = false) BigDecimal amount,
      Locale locale,
      RedirectAttributes redirect) {
    invoicing.get(id);
    List<CreditNoteRequest.Line> lines =
        lineNo == null ? null : List.of(new CreditNoteRequest.Line(lineNo, amount, null));
    try {
      var note = creditNotes.issue(new CreditNoteRequest(id, reason, lines));
      redirect.addFlashAttribute(
          "flashOk",
          messages.getMessage(
              "billing.staff.creditNoteIssued", new Object[] {note.number()}, locale));
    } catch (AtriumException e) {
      if (e.status().value() == 404) throw e;
      refused(redirect, e, locale);
    }
    return "redirect:/staff/invoices/" + id;
  }

  @PostMapping("/staff/dunning/run")
  String runDunning(Locale locale, RedirectAttributes redirect) {
    DunningRun run = dunning.runNow();
    redirect.addFlashAttribute(
        "flashOk",
        messages.getMessage(
            "billing.staff.dunningDone", new Object[] {run.reminders(), run.finalSteps()}, locale));
    return "redirect:/staff/invoices?view=overdue";
  }

  @GetMapping("/staff/exports/{kind}.csv")
  ResponseEntity<byte[]> export(
      @PathVariable String kind,
      @RequestParam(required = false) YearMonth from,
      @RequestParam(required = false) YearMonth to,
      @RequestParam(required = false) String separator) {
    Kind k =
        switch (kind) {
          case "invoices" -> Kind.INVOICES;
          case "payments" -> Kind.PAYMENTS;
          case "credit-notes" -> Kind.CREDIT_NOTES;
          default -> throw AtriumException.notFound("Export", kind);
        };
    Export e = exports.export(k, from, to, separator);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(e.filename(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(e.content());
  }

  private void refused(RedirectAttributes redirect, AtriumException e, Locale locale) {
    redirect.addFlashAttribute(
        "flashError",
        messages.getMessage("billing.web.refused", new Object[] {e.getMessage()}, locale));
  }

  private static UUID uuid(String s) {
    try {
      return UUID.fromString(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
