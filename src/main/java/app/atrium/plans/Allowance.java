package app.atrium.plans;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * A quantity of {@code kind} included per period: either {@code quantity} (hours may be fractional,
 * everything else whole) or {@code unlimited = true}, never both.
 */
public record Allowance(
    @NotNull AllowanceKind kind,
    @DecimalMin(
            value = "0",
            inclusive = false,
            message = "must be greater than 0; leave the allowance out when none is included")
        @DecimalMax("100000")
        @Digits(integer = 6, fraction = 2)
        BigDecimal quantity,
    Boolean unlimited) {

  public static Allowance of(AllowanceKind kind, BigDecimal quantity) {
    return new Allowance(kind, quantity, false);
  }

  public static Allowance of(AllowanceKind kind, long quantity) {
    return of(kind, BigDecimal.valueOf(quantity));
  }

  public static Allowance unlimitedOf(AllowanceKind kind) {
    return new Allowance(kind, null, true);
  }

  /** Whether there is no limit (only when explicitly unlimited). */
  public boolean limitless() {
    return Boolean.TRUE.equals(unlimited);
  }
}
