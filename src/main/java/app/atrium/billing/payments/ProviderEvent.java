package app.atrium.billing.payments;

import java.math.BigDecimal;

/**
 * A verified webhook event, reduced to what billing acts on: {@code objectRef} is the provider's id
 * of the checkout or payment it is about, {@code paymentRef} the payment's id, {@code amount} in
 * major units of {@code currency}.
 */
public record ProviderEvent(
    String id,
    String type,
    Outcome outcome,
    String objectRef,
    String paymentRef,
    BigDecimal amount,
    String currency,
    String failure) {

  /** What the event says happened. */
  public enum Outcome {
    PAID,
    FAILED,
    EXPIRED,
    /** Nothing billing acts on (an event it does not handle, or a payment still pending). */
    NONE
  }
}
