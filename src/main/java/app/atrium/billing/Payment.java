package app.atrium.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Money received from a payer: through whom and how, for which invoice if any, and where it went
 * ({@code allocations}: onto invoices, or kept as the payer's credit). {@code refunded} of it was
 * returned; {@code credit} of it is the payer's credit balance now.
 */
public record Payment(
    UUID id,
    Payer payer,
    UUID invoiceId,
    PaymentProviderKind provider,
    PaymentMethodKind method,
    BigDecimal amount,
    String currency,
    LocalDate receivedOn,
    Instant receivedAt,
    String reference,
    String providerRef,
    String note,
    BigDecimal refunded,
    BigDecimal credit,
    List<Allocation> allocations,
    List<Refund> refunds) {

  public Payment {
    allocations = List.copyOf(allocations);
    refunds = List.copyOf(refunds);
  }

  /**
   * A share of the payment: onto {@code invoiceId}, or (null) kept as credit; negative when moved
   * away again (credit applied elsewhere, a credit note, a refund).
   */
  public record Allocation(
      UUID invoiceId,
      String invoiceNumber,
      BigDecimal amount,
      String reason,
      LocalDate appliedOn) {}

  /** Money returned from this payment. */
  public record Refund(
      UUID id, BigDecimal amount, LocalDate refundedOn, String reason, String providerRef) {}
}
