package app.atrium.services;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A service used by a member: {@code serviceId} (or, for scripts and devices, {@code serviceCode}),
 * a quantity above zero (whole unless the unit is HOUR), an optional note and {@code occurredAt}
 * (default now).
 */
public record UsageDraft(
    @NotNull UUID memberId,
    UUID serviceId,
    @Size(max = 40) String serviceCode,
    @NotNull
        @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @DecimalMax("100000")
        @Digits(integer = 6, fraction = 2)
        BigDecimal quantity,
    @Size(max = 500) String note,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant occurredAt) {}
