package app.atrium.pricing;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/**
 * A prospective booking to price: a resource from {@code start} to {@code end}, for a member (her
 * plan's discount applies) or, without {@code memberId}, at the list price. A member asking for
 * herself may leave memberId out.
 */
public record QuoteRequest(
    @NotNull UUID resourceId,
    UUID memberId,
    @NotNull @JsonFormat(shape = JsonFormat.Shape.STRING) Instant start,
    @NotNull @JsonFormat(shape = JsonFormat.Shape.STRING) Instant end) {}
