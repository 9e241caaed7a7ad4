package app.atrium.plans;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * Sells a member a day pass for today. Optional: locationId (the coworking's only location), planId
 * (its only active day plan), price (the plan's).
 */
public record DayPassDraft(
    @NotNull UUID memberId,
    UUID locationId,
    UUID planId,
    @DecimalMin("0") @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2)
        BigDecimal price) {}
