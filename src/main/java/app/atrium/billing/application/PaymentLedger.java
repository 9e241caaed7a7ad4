package app.atrium.billing.application;

import app.atrium.billing.Invoice;
import app.atrium.billing.InvoiceStatus;
import app.atrium.billing.Payer;
import app.atrium.billing.PaymentMethodKind;
import app.atrium.billing.PaymentProviderKind;
import app.atrium.billing.PaymentReceived;
import app.atrium.billing.domain.Portions;
import app.atrium.billing.domain.Portions.Portion;
import app.atrium.billing.persistence.InvoiceStore;
import app.atrium.billing.persistence.PaymentStore;
import app.atrium.billing.persistence.PeriodLockStore;
import app.atrium.platform.web.AtriumException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Where money goes, within the caller's transaction: a payment onto an invoice (or the payer's
 * oldest open ones) with the rest kept as credit; credit onto a new invoice; what a credit note
 * leaves overpaid back to credit; a refund out of credit first, then out of the invoices paid. All
 * of it as new allocation rows; the database keeps each invoice's paid amount and status.
 */
@Component
class PaymentLedger {

  private final PaymentStore payments;
  private final InvoiceStore invoices;
  private final PeriodLockStore locks;
  private final BillingContext context;
  private final ApplicationEventPublisher events;

  PaymentLedger(
      PaymentStore payments,
      InvoiceStore invoices,
      PeriodLockStore locks,
      BillingContext context,
      ApplicationEventPublisher events) {
    this.payments = payments;
    this.invoices = invoices;
    this.locks = locks;
    this.context = context;
    this.events = events;
  }

  /** Refuses what would be dated in a locked accounting month (the database would, too). */
  void checkOpen(LocalDate day, String what) {
    if (locks.isLocked(day)) {
      throw AtriumException.conflict(
          "period-locked",
          "The accounting period "
              + YearMonth.from(day)
              + " is locked: cannot "
              + what
              + " dated "
              + day
              + ".");
    }
  }

  /** A payment recorded, or found recorded before under the same provider id. */
  record Received(UUID paymentId, boolean created) {}

  Received receive(
      Payer payer,
      UUID invoiceId,
      PaymentProviderKind provider,
      PaymentMethodKind method,
      BigDecimal amount,
      String currency,
      LocalDate on,
      String reference,
      String providerRef,
      String note) {
    checkOpen(on, "record a payment");
    Instant now = context.clock().instant();
    UUID id = UUID.randomUUID();
    boolean inserted =
        payments.insert(
            new PaymentStore.Row(
                id,
                payer,
                invoiceId,
                provider,
                method,
                amount,
                currency,
                on,
                now,
                reference == null ? "" : reference.strip(),
                providerRef,
                note == null ? "" : note.strip(),
                context.accountId()));
    if (!inserted) {
      return new Received(payments.findByProviderRef(provider, providerRef).orElseThrow(), false);
    }
    List<UUID> targets = invoiceId != null ? List.of(invoiceId) : invoices.lockOpen(payer);
    BigDecimal left = amount;
    boolean paidOff = false;
    for (UUID target : targets) {
      if (left.signum() <= 0) break;
      Invoice invoice = locked(target);
      if (!invoice.status().open()) continue;
      BigDecimal part = invoice.amountDue().min(left);
      if (part.signum() <= 0) continue;
      payments.allocate(id, target, part, "PAYMENT", on, now);
      left = left.subtract(part);
      if (target.equals(invoiceId) && part.compareTo(invoice.amountDue()) == 0) paidOff = true;
    }
    if (left.signum() > 0) payments.allocate(id, null, left, "OVERPAYMENT", on, now);
    events.publishEvent(
        new PaymentReceived(context.tenantId(), id, payer, invoiceId, amount, currency, paidOff));
    return new Received(id, true);
  }

  /** Pays what is due on an invoice out of the payer's credit, oldest credit first. */
  /** Which of these payers have credit (the others need no {@link #applyCredit}). */
  java.util.Set<UUID> payersWithCredit(java.util.Collection<UUID> payerIds) {
    return payments.withCredit(payerIds);
  }

  void applyCredit(UUID invoiceId, Payer payer, LocalDate on) {
    if (payments.creditBalance(payer).signum() <= 0) return;
    List<Portion<UUID>> credit = payments.lockCredit(payer);
    Invoice invoice = locked(invoiceId);
    if (!invoice.status().open()) return;
    Instant now = context.clock().instant();
    for (Portion<UUID> p : Portions.take(credit, invoice.amountDue())) {
      payments.allocate(p.key(), null, p.available().negate(), "CREDIT_APPLIED", on, now);
      payments.allocate(p.key(), invoiceId, p.available(), "CREDIT_APPLIED", on, now);
    }
  }

  /**
   * Before a credit note of {@code credit} on an invoice: what would then be paid beyond the
   * invoice's new amount due goes back to the payers' credit, latest payment first.
   */
  void releaseExcess(Invoice invoice, BigDecimal credit, LocalDate on) {
    BigDecimal newDue = invoice.total().subtract(invoice.creditedAmount()).subtract(credit);
    BigDecimal excess = invoice.paidAmount().subtract(newDue.max(BigDecimal.ZERO));
    if (excess.signum() <= 0) return;
    Instant now = context.clock().instant();
    for (Portion<UUID> p : Portions.take(payments.onInvoice(invoice.id()), excess)) {
      payments.allocate(p.key(), invoice.id(), p.available().negate(), "CREDIT_NOTE", on, now);
      payments.allocate(p.key(), null, p.available(), "CREDIT_NOTE", on, now);
    }
  }

  /** Takes a refund out of a payment's credit first, then out of the invoices it paid. */
  void refundShares(UUID paymentId, BigDecimal amount, LocalDate on) {
    Instant now = context.clock().instant();
    List<Portion<UUID>> shares = payments.shares(paymentId);
    for (Portion<UUID> p : shares) {
      if (p.key() != null) locked(p.key());
    }
    for (Portion<UUID> p : Portions.take(shares, amount)) {
      payments.allocate(paymentId, p.key(), p.available().negate(), "REFUND", on, now);
    }
  }

  private Invoice locked(UUID invoiceId) {
    InvoiceStatus status =
        invoices
            .lockStatus(invoiceId)
            .orElseThrow(() -> AtriumException.notFound("Invoice", invoiceId));
    if (status == InvoiceStatus.DRAFT) {
      throw AtriumException.conflict(
          "invoice-draft", "A draft invoice is issued before it is paid.");
    }
    return invoices.find(invoiceId, context.today()).orElseThrow();
  }
}
