package app.atrium.billing.notify;

import app.atrium.billing.InvoiceIssued;
import app.atrium.billing.PaymentReceived;
import app.atrium.billing.notify.NoticeStore.Kind;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns billing's events into notices in the publishing transaction: what an invoice or a payment
 * still owes the payer once it has committed.
 */
@Component
class NoticeEvents {

  private final NoticeQueue queue;

  NoticeEvents(NoticeQueue queue) {
    this.queue = queue;
  }

  @EventListener
  void on(InvoiceIssued e) {
    queue.add(Kind.INVOICE_ISSUED, e.invoiceId());
  }

  @EventListener
  void on(PaymentReceived e) {
    queue.add(Kind.PAYMENT_RECEIVED, e.paymentId());
  }
}
