package app.atrium.billing.rest;

import app.atrium.billing.ManualPayment;
import app.atrium.billing.Payer;
import app.atrium.billing.Payment;
import app.atrium.billing.PaymentQuery;
import app.atrium.billing.Payments;
import app.atrium.billing.RefundRequest;
import app.atrium.platform.web.AtriumException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
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

/** Payments: recorded by staff or arrived online, refunds, and a payer's credit balance. */
@RestController
@RequestMapping("/api/v1/payments")
@Tag(name = "Payments")
class PaymentsApiController {

  private final Payments payments;

  PaymentsApiController(Payments payments) {
    this.payments = payments;
  }

  @Operation(
      summary = "List payments",
      description =
          "Latest first; of a member or company, for an invoice, received from/to (dates).")
  @GetMapping
  List<Payment> list(
      @RequestParam(required = false) UUID memberId,
      @RequestParam(required = false) UUID companyId,
      @RequestParam(required = false) UUID invoiceId,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      @RequestParam(defaultValue = "100") int limit) {
    return payments.list(new PaymentQuery(memberId, companyId, invoiceId, from, to, limit));
  }

  @Operation(summary = "One payment, where its money went and its refunds")
  @GetMapping("/{id}")
  Payment get(@PathVariable UUID id) {
    return payments.get(id);
  }

  @Operation(
      summary = "Record a bank transfer or cash",
      description =
          "For an invoiceId, or from a memberId/companyId (paying their oldest open invoices)."
              + " Partial payments leave the invoice PARTIALLY_PAID; what exceeds the amount due is"
              + " kept as the payer's credit and applied to their next invoices. receivedOn"
              + " defaults to today and must not fall in a locked accounting period.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Payment record(@Valid @RequestBody ManualPayment payment) {
    return payments.record(payment);
  }

  @Operation(
      summary = "Refund part or all of a payment",
      description =
          "Through the provider the money came with (Stripe refunds the card; manual money is"
              + " handed back and recorded). Taken out of the payment's credit first, then out of"
              + " the invoices it paid, which are open again for that much.")
  @PostMapping("/{id}/refunds")
  Payment refund(@PathVariable UUID id, @Valid @RequestBody RefundRequest request) {
    return payments.refund(id, request);
  }

  /** A payer's credit balance. */
  record CreditBalance(Payer payer, BigDecimal balance) {}

  @Operation(summary = "A member's or company's credit balance (paid beyond their invoices)")
  @GetMapping("/credit-balance")
  CreditBalance creditBalance(
      @RequestParam(required = false) UUID memberId,
      @RequestParam(required = false) UUID companyId) {
    if ((memberId == null) == (companyId == null)) {
      throw AtriumException.invalid("memberId", "give a memberId or a companyId, one of them");
    }
    Payer payer = memberId != null ? Payer.member(memberId) : Payer.company(companyId);
    return new CreditBalance(payer, payments.creditBalance(payer));
  }
}
