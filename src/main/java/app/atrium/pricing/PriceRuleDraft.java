package app.atrium.pricing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What staff enter to create or change a price rule: for a resource type or (overriding it) one
 * resource; a RATE with {@code amount} per {@code unit}, or an ADJUSTMENT with {@code percent}
 * (negative: a discount). Optional conditions: {@code weekdays} (1 Monday … 7 Sunday), a time band
 * {@code from}–{@code to} ("HH:mm"; {@code to} may be "24:00", either left out means the day's
 * start or end), and the dates {@code validFrom}–{@code validTo} inclusive. A {@link PriceRule} as
 * read is a valid draft.
 */
@JsonIgnoreProperties({"id", "createdAt"})
public record PriceRuleDraft(
    UUID resourceTypeId,
    UUID resourceId,
    @NotNull RuleKind kind,
    @NotBlank @Size(max = 100) String label,
    @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amount,
    RateUnit unit,
    @DecimalMin("-100") @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal percent,
    @Size(min = 1, max = 7) List<@NotNull @Min(1) @Max(7) Integer> weekdays,
    @Pattern(regexp = TIME, message = "use HH:mm, e.g. 10:00") String from,
    @Pattern(regexp = TIME_OR_MIDNIGHT, message = "use HH:mm, e.g. 16:00, or 24:00") String to,
    LocalDate validFrom,
    LocalDate validTo) {

  static final String TIME = "^([01][0-9]|2[0-3]):[0-5][0-9]$";
  static final String TIME_OR_MIDNIGHT = "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$";
}
