package app.atrium.billing;

import java.time.Instant;
import java.util.UUID;

/** A payer's card saved at a provider; {@code autopay}: charged when an invoice is issued. */
public record SavedMethod(
    UUID id,
    Payer payer,
    PaymentProviderKind provider,
    String brand,
    String last4,
    Integer expMonth,
    Integer expYear,
    boolean autopay,
    Instant createdAt) {}
