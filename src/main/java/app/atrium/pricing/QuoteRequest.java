package app.atrium.pricing;

import app.atrium.services.ExtraChoice;
import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A prospective booking to price: a resource from {@code start} to {@code end}, for a member (her
 * plan's discount applies) or, without {@code memberId}, at the list price. A member asking for
 * herself may leave memberId out. {@code extras} (optional, a member's booking only) are priced as
 * she would pay them, apart from the resource's price.
 */
public record QuoteRequest(
    @NotNull UUID resourceId,
    UUID memberId,
    @NotNull @JsonFormat(shape = JsonFormat.Shape.STRING) Instant start,
    @NotNull @JsonFormat(shape = JsonFormat.Shape.STRING) Instant end,
    @Size(max = ExtraChoice.MAX_EXTRAS) List<@Valid @NotNull ExtraChoice> extras) {

  public QuoteRequest {
    extras = extras == null ? List.of() : List.copyOf(extras);
  }

  /** A quote of the resource alone. */
  public QuoteRequest(UUID resourceId, UUID memberId, Instant start, Instant end) {
    this(resourceId, memberId, start, end, List.of());
  }
}
