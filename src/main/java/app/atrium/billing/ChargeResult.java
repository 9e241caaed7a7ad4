package app.atrium.billing;

import java.util.UUID;

/**
 * What charging a saved method for an invoice did: {@code paid} with the payment, or not, with the
 * provider's reason (the invoice stays open, for dunning).
 */
public record ChargeResult(UUID attemptId, boolean paid, UUID paymentId, String failure) {}
