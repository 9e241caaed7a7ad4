package app.atrium.billing;

import java.math.BigDecimal;
import java.util.UUID;

/** A started online payment of an invoice: send the payer to {@code url}. */
public record Checkout(
    UUID attemptId,
    UUID invoiceId,
    PaymentProviderKind provider,
    BigDecimal amount,
    String currency,
    String url) {}
