package app.atrium.billing.rest;

import app.atrium.billing.Checkout;
import app.atrium.billing.Invoice;
import app.atrium.billing.InvoiceDraft;
import app.atrium.billing.InvoiceKind;
import app.atrium.billing.InvoicePage;
import app.atrium.billing.InvoiceQuery;
import app.atrium.billing.InvoiceStatus;
import app.atrium.billing.Invoicing;
import app.atrium.billing.Payer;
import app.atrium.billing.Payments;
import app.atrium.platform.web.AtriumException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.YearMonth;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Invoices: list, read, PDF, one-off invoices by staff, and pay links. */
@RestController
@RequestMapping("/api/v1/invoices")
@Tag(name = "Invoices")
class InvoicesApiController {

  private final Invoicing invoicing;
  private final Payments payments;

  InvoicesApiController(Invoicing invoicing, Payments payments) {
    this.invoicing = invoicing;
    this.payments = payments;
  }

  @Operation(
      summary = "List invoices",
      description =
          "Newest first. Filters: a member or company, a billing period (yyyy-MM), a status,"
              + " unpaid (ISSUED or PARTIALLY_PAID), overdue (unpaid past the due date). A member"
              + " sees only her own issued invoices.")
  @GetMapping
  InvoicePage list(
      @RequestParam(required = false) UUID memberId,
      @RequestParam(required = false) UUID companyId,
      @Parameter(description = "billing period, e.g. 2027-02") @RequestParam(required = false)
          YearMonth period,
      @RequestParam(required = false) InvoiceStatus status,
      @RequestParam(defaultValue = "false") boolean unpaid,
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(defaultValue = "0") int offset) {
    return invoicing.search(
        new InvoiceQuery(memberId, companyId, period, status, unpaid, overdue, limit, offset));
  }

  @Operation(summary = "One invoice with its lines")
  @GetMapping("/{id}")
  Invoice get(@PathVariable UUID id) {
    return invoicing.get(id);
  }

  @Operation(
      summary = "The invoice as a PDF",
      description = "Labels in lang (ru, en or es; default: the tenant's language).")
  @GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> pdf(
      @PathVariable UUID id, @RequestParam(required = false) String lang, Locale locale) {
    Invoice invoice = invoicing.get(id);
    byte[] pdf = invoicing.pdf(id, lang == null ? locale : Locale.of(lang));
    String name = (invoice.number() == null ? "draft-" + id : invoice.number()) + ".pdf";
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + "\"")
        .body(pdf);
  }

  @Operation(
      summary = "Issue a one-off invoice",
      description =
          "To memberId or companyId, of lines (kind, description, quantity, unit, unitPrice, and"
              + " optionally amount, usagePeriod, sourceType/sourceId). Numbered at once"
              + " (INV-yyyy-nnnnnn, gapless per year), taxed per the tenant's setting, dated today"
              + " with the tenant's payment terms unless dueDate is given; immutable from then on.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Invoice issue(@Valid @RequestBody OneOffInvoiceRequest r) {
    if ((r.memberId() == null) == (r.companyId() == null)) {
      throw AtriumException.invalid("memberId", "give a memberId or a companyId, one of them");
    }
    Payer payer = r.memberId() != null ? Payer.member(r.memberId()) : Payer.company(r.companyId());
    YearMonth period = r.period() != null ? r.period() : YearMonth.from(invoicing.today());
    var draft =
        new InvoiceDraft(
            payer,
            period,
            InvoiceKind.ONE_OFF,
            r.lines().stream().map(OneOffInvoiceRequest.Line::draft).toList(),
            r.dueDate(),
            r.notes());
    return invoicing.issue(draft).invoice();
  }

  /** Whether to keep the card for autopay. */
  record CheckoutRequest(boolean saveMethod) {}

  @Operation(
      summary = "Start an online payment of the invoice",
      description =
          "Through the tenant's online provider (Stripe, or the demo's fake card page), for what is"
              + " due. Answers the URL to send the payer to; the invoice is marked paid when the"
              + " provider confirms.")
  @PostMapping("/{id}/checkout")
  Checkout checkout(@PathVariable UUID id, @RequestBody(required = false) CheckoutRequest r) {
    return payments.checkout(id, r != null && r.saveMethod());
  }
}
