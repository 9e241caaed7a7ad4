package app.atrium.billing.payments;

import app.atrium.billing.PaymentProviderKind;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * A way money arrives: a checkout page for an invoice, a charge of a saved method (autopay), a
 * refund, and the provider's webhook, verified. A call that a provider does not support is refused
 * with a problem the caller can act on.
 */
public interface PaymentProvider {

  PaymentProviderKind kind();

  /** Whether this provider can be used here (e.g. Stripe keys are configured). */
  boolean available();

  /** Starts a checkout for what is due on an invoice; the payer is sent to the answer's URL. */
  ProviderCheckout createCheckout(CheckoutCall call);

  /** Charges a saved method now, without the payer present. */
  ProviderCharge charge(ChargeCall call);

  /** Returns money of a payment the provider took. */
  ProviderRefund refund(RefundCall call);

  /** Verifies and reads a webhook delivery; refused when its signature does not hold. */
  default ProviderEvent parseWebhook(String payload, String signature) {
    throw new WebhookRejected(kind() + " sends no webhooks");
  }

  /**
   * Forgets a saved method at the provider (the payer removed it); nothing for providers that keep
   * no cards.
   */
  default void forget(String customerRef, String methodRef) {}

  /** The card that paid {@code paymentRef}, to save it for autopay. */
  default Optional<CardDetails> cardOf(String paymentRef) {
    return Optional.empty();
  }

  /** What starting a checkout needs. */
  record CheckoutCall(
      UUID tenantId,
      UUID attemptId,
      UUID invoiceId,
      String invoiceNumber,
      BigDecimal amount,
      String currency,
      String payerName,
      String payerEmail,
      String customerRef,
      boolean saveMethod,
      String successUrl,
      String cancelUrl) {}

  /**
   * A started checkout: the provider's id of it, where to send the payer, its payment's id when
   * already known, and the customer made for the payer (null: none or unchanged).
   */
  record ProviderCheckout(String ref, String url, String paymentRef, String customerRef) {}

  /** What charging a saved method needs; {@code attemptId} makes a retry charge once. */
  record ChargeCall(
      UUID tenantId,
      UUID attemptId,
      UUID invoiceId,
      String invoiceNumber,
      BigDecimal amount,
      String currency,
      String customerRef,
      String methodRef) {}

  /** A charge: succeeded, or failed with the provider's reason; {@code ref} its payment's id. */
  record ProviderCharge(String ref, boolean succeeded, String failure) {}

  /** What a refund needs; {@code refundId} makes a retry refund once. */
  record RefundCall(UUID refundId, String paymentRef, BigDecimal amount, String currency) {}

  record ProviderRefund(String ref) {}

  /** A saved card's details. */
  record CardDetails(
      String customerRef,
      String methodRef,
      String brand,
      String last4,
      Integer expMonth,
      Integer expYear) {}
}
