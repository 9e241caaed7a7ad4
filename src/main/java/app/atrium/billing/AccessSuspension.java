package app.atrium.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A member's door access suspended by dunning: because {@code invoiceNumber} of {@code payer} (she,
 * or her company) is still open after its last reminder, sent at {@code since}.
 */
public record AccessSuspension(
    UUID memberId,
    Payer payer,
    UUID invoiceId,
    String invoiceNumber,
    BigDecimal amountDue,
    String currency,
    Instant since) {}
