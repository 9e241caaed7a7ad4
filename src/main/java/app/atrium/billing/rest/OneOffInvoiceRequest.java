package app.atrium.billing.rest;

import app.atrium.billing.DraftLine;
import app.atrium.billing.LineKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * A one-off invoice staff issue: to a member or a company, for {@code period} (default: this
 * month), of lines; {@code amount} of a line defaults to quantity × unit price rounded half-up.
 */
record OneOffInvoiceRequest(
    UUID memberId,
    UUID companyId,
    YearMonth period,
    LocalDate dueDate,
    @Size(max = 1000) String notes,
    @NotEmpty @Size(max = 500) List<@Valid @NotNull Line> lines) {

  /** A line as entered. */
  record Line(
      @NotNull LineKind kind,
      @NotBlank @Size(max = 300) String description,
      @NotNull BigDecimal quantity,
      @Size(max = 20) String unit,
      @NotNull BigDecimal unitPrice,
      BigDecimal amount,
      YearMonth usagePeriod,
      @Pattern(regexp = "^[a-z][a-z0-9_]{0,39}$", message = "lower-case letters, digits and _")
          String sourceType,
      UUID sourceId) {

    DraftLine draft() {
      return new DraftLine(
          kind, description, quantity, unit, unitPrice, amount, usagePeriod, sourceType, sourceId);
    }
  }
}
