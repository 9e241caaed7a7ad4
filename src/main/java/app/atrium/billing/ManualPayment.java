package app.atrium.billing;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Money staff record: a bank transfer or cash at reception, for an invoice ({@code invoiceId}) or
 * from a payer ({@code memberId} or {@code companyId}: it pays their oldest open invoices). What
 * exceeds the amount due is kept as the payer's credit. {@code receivedOn} defaults to today.
 */
public record ManualPayment(
    UUID invoiceId,
    UUID memberId,
    UUID companyId,
    @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 2)
        BigDecimal amount,
    @NotNull PaymentMethodKind method,
    LocalDate receivedOn,
    @Size(max = 200) String reference,
    @Size(max = 500) String note) {}
