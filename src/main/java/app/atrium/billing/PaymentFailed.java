package app.atrium.billing;

import java.util.UUID;

/** An online payment or an autopay charge of an invoice failed: the start of dunning. */
public record PaymentFailed(UUID tenantId, UUID invoiceId, UUID attemptId, String reason) {}
