package app.atrium.plans;

import jakarta.validation.Valid;
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
import java.util.List;
import java.util.Set;

/**
 * What staff enter to create or change a plan. Amounts are in the tenant's currency. Optional
 * fields: description (empty), priceFrom (false), allowances and extras (none),
 * bookingDiscountPercent and freezeFeePerDay (0), sortOrder (after the last plan), allowancePool
 * (MEMBER), rollover (false).
 */
public record PlanDraft(
    @NotBlank
        @Pattern(
            regexp = CODE,
            message =
                "use 1-40 capital letters, digits, '_' or '-', starting with a letter or digit")
        String code,
    @NotBlank @Size(max = 100) String name,
    @Size(max = 2000) String description,
    @NotNull @DecimalMin("0") @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2)
        BigDecimal price,
    Boolean priceFrom,
    @NotNull PlanPeriod period,
    @NotNull Workplace workplace,
    @Size(max = 4) List<@Valid @NotNull Allowance> allowances,
    @Size(max = 6) Set<@NotNull Extra> extras,
    @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal bookingDiscountPercent,
    @NotNull LocationAccess locationAccess,
    @NotNull AccessSchedule accessSchedule,
    @DecimalMin("0") @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2)
        BigDecimal freezeFeePerDay,
    @NotNull Boolean canBookDesks,
    @NotNull Boolean canBookRooms,
    @Min(0) @Max(10000) Integer sortOrder,
    AllowancePool allowancePool,
    Boolean rollover) {

  static final String CODE = "^[A-Z0-9][A-Z0-9_-]{0,39}$";

  /** A draft whose allowances feed the member's own balance and do not roll over. */
  public PlanDraft(
      String code,
      String name,
      String description,
      BigDecimal price,
      Boolean priceFrom,
      PlanPeriod period,
      Workplace workplace,
      List<Allowance> allowances,
      Set<Extra> extras,
      BigDecimal bookingDiscountPercent,
      LocationAccess locationAccess,
      AccessSchedule accessSchedule,
      BigDecimal freezeFeePerDay,
      Boolean canBookDesks,
      Boolean canBookRooms,
      Integer sortOrder) {
    this(
        code,
        name,
        description,
        price,
        priceFrom,
        period,
        workplace,
        allowances,
        extras,
        bookingDiscountPercent,
        locationAccess,
        accessSchedule,
        freezeFeePerDay,
        canBookDesks,
        canBookRooms,
        sortOrder,
        null,
        null);
  }
}
