package app.atrium.booking;

import app.atrium.services.ExtraChoice;
import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A booking to make: a resource for a member (or a walk-in guest, by name) from {@code start} to
 * {@code end}. For a capacity resource (hot desks) {@code unitId} picks a specific desk; without it
 * any free one is taken. {@code extras} (optional, a member's booking only) are services offered on
 * bookings, by code and quantity: a projector, coffee breaks for twelve.
 */
public record BookingRequest(
    @NotNull UUID resourceId,
    UUID unitId,
    UUID memberId,
    @Size(min = 1, max = 200) String guestName,
    @NotNull @JsonFormat(shape = JsonFormat.Shape.STRING) Instant start,
    @NotNull @JsonFormat(shape = JsonFormat.Shape.STRING) Instant end,
    @Size(max = 1000) String note,
    @Size(max = ExtraChoice.MAX_EXTRAS) List<@Valid @NotNull ExtraChoice> extras) {

  public BookingRequest {
    extras = extras == null ? List.of() : List.copyOf(extras);
  }

  /** A booking without extras. */
  public BookingRequest(
      UUID resourceId,
      UUID unitId,
      UUID memberId,
      String guestName,
      Instant start,
      Instant end,
      String note) {
    this(resourceId, unitId, memberId, guestName, start, end, note, List.of());
  }
}
