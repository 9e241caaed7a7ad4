package app.atrium.services;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a device reports: the member's {@code cardId}, the {@code serviceCode} (default: the
 * device's own service), the {@code quantity}, the device's own {@code deviceEventId} (the same id
 * twice counts once) and {@code occurredAt} (default: when received).
 */
public record DeviceReport(
    @NotBlank @Size(max = 64) String cardId,
    @Size(max = 40) String serviceCode,
    @NotNull
        @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @DecimalMax("100000")
        @Digits(integer = 6, fraction = 2)
        BigDecimal quantity,
    @NotBlank @Size(max = 100) String deviceEventId,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant occurredAt) {}
