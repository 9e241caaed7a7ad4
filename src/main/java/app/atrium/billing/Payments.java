package app.atrium.billing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Payments of the current tenant: recorded by staff, or collected online through the tenant's
 * provider. Each call is one transaction, or joins the caller's.
 */
public interface Payments {

  /** Records money received by staff; the invoice's status follows. */
  Payment record(ManualPayment payment);

  Optional<Payment> find(UUID id);

  /** The payment, or a 404 problem. */
  Payment get(UUID id);

  /** Payments matching {@code query}, latest first. */
  List<Payment> list(PaymentQuery query);

  /**
   * Returns money of a payment (through its provider when it came online): first from what it left
   * as credit, then from the invoices it paid, which are open again for that much.
   */
  Payment refund(UUID paymentId, RefundRequest request);

  /** What the payer has paid beyond their invoices, ready for the next ones. */
  BigDecimal creditBalance(Payer payer);

  /**
   * Starts an online payment of what is due on an open invoice through the tenant's provider;
   * {@code saveMethod} keeps the card for autopay. A member may pay only her own invoices.
   */
  Checkout checkout(UUID invoiceId, boolean saveMethod);

  /**
   * Charges the payer's autopay method for what is due on the invoice (the autopay flow calls this
   * when an invoice is issued). Empty when the payer has no autopay method.
   */
  Optional<ChargeResult> chargeAutopay(UUID invoiceId);

  /** The payer's saved methods. */
  List<SavedMethod> savedMethods(Payer payer);

  /** Turns autopay on (for this method only) or off. */
  SavedMethod setAutopay(UUID methodId, boolean on);

  /**
   * Forgets a saved method: it is detached at its provider, never charged again and no longer
   * listed (autopay with it ends). A member may remove only her own.
   */
  void removeMethod(UUID methodId);
}
