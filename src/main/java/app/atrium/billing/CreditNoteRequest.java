package app.atrium.billing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What to credit on an issued invoice and why. Each line names an invoice line and either an {@code
 * amount} or a {@code quantity} of it (neither: what is left of the line); no lines at all credits
 * everything not credited yet. Tax is credited with its lines.
 */
public record CreditNoteRequest(
    @NotNull UUID invoiceId,
    @NotBlank @Size(max = 500) String reason,
    @Size(max = 1000) List<@Valid @NotNull Line> lines) {

  /** A part of one invoice line to credit. */
  public record Line(
      @Min(1) int invoiceLineNo,
      @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 2)
          BigDecimal amount,
      @DecimalMin(value = "0", inclusive = false) @Digits(integer = 11, fraction = 3)
          BigDecimal quantity) {}
}
