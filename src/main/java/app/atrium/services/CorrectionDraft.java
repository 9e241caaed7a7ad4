package app.atrium.services;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * Takes back {@code quantity} units (above zero, at most what is left of the entry) of a recorded
 * usage, for a {@code reason} people can read later.
 */
public record CorrectionDraft(
    @NotNull
        @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @DecimalMax("100000")
        @Digits(integer = 6, fraction = 2)
        BigDecimal quantity,
    @NotBlank @Size(max = 500) String reason) {}
