package app.atrium.billing;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Money arrived (published in the recording transaction); {@code invoicePaid} when it left nothing
 * due on the invoice it was for: receipts, stopping dunning.
 */
public record PaymentReceived(
    UUID tenantId,
    UUID paymentId,
    Payer payer,
    UUID invoiceId,
    BigDecimal amount,
    String currency,
    boolean invoicePaid) {}
