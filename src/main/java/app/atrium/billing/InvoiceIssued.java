package app.atrium.billing;

import java.math.BigDecimal;
import java.util.UUID;

/** An invoice was issued (published in the issuing transaction): for email, autopay, dunning. */
public record InvoiceIssued(
    UUID tenantId, UUID invoiceId, String number, Payer payer, BigDecimal total, String currency) {}
