package app.atrium.billing;

import java.time.LocalDate;
import java.util.UUID;

/** Which payments to list: of a payer, for an invoice, received between two dates inclusive. */
public record PaymentQuery(
    UUID memberId, UUID companyId, UUID invoiceId, LocalDate from, LocalDate to, int limit) {}
