package app.atrium.services;

import app.atrium.plans.AllowanceKind;
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
import java.util.Set;
import java.util.UUID;

/**
 * What staff enter to create or change a service: a code devices and exports use, a name, the unit
 * and price per unit (tenant currency), optionally the allowance it draws on (PRINTED_PAGES,
 * COFFEE, GUEST_PASSES) and the plans that include it fully; sortOrder optional (after the last);
 * {@code bookingExtra} true to offer it on bookings (default false). An {@link AddOn} as read is a
 * valid draft.
 */
@JsonIgnoreProperties({"id", "currency", "status", "createdAt"})
public record AddOnDraft(
    @NotBlank
        @Pattern(
            regexp = CODE,
            message =
                "use 1-40 capital letters, digits, '_' or '-', starting with a letter or digit")
        String code,
    @NotBlank @Size(max = 100) String name,
    @NotNull AddOnUnit unit,
    @NotNull @DecimalMin("0") @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2)
        BigDecimal price,
    AllowanceKind allowanceKind,
    @Size(max = 50) Set<@NotNull UUID> includedPlanIds,
    @Min(0) @Max(10000) Integer sortOrder,
    Boolean bookingExtra) {

  public static final String CODE = "^[A-Z0-9][A-Z0-9_-]{0,39}$";

  /** A draft of a service not offered on bookings. */
  public AddOnDraft(
      String code,
      String name,
      AddOnUnit unit,
      BigDecimal price,
      AllowanceKind allowanceKind,
      Set<UUID> includedPlanIds,
      Integer sortOrder) {
    this(code, name, unit, price, allowanceKind, includedPlanIds, sortOrder, null);
  }
}
