package app.atrium.plans;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Adds a recurring service (kind, required) to a membership. A service the plan includes is free
 * and needs no price; any other needs its monthly price. Optional: quantity (1), startsOn (today or
 * the membership's start, whichever is later), endsOn (as long as the membership runs), note.
 */
public record AddOnDraft(
    Extra kind,
    @Min(1) @Max(100) Integer quantity,
    @DecimalMin("0") @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2)
        BigDecimal price,
    LocalDate startsOn,
    LocalDate endsOn,
    @Size(max = 200) String note) {}
