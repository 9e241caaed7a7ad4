package app.atrium.booking;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * A booking to make: a resource for a member (or a walk-in guest, by name) from {@code start} to
 * {@code end}. For a capacity resource (hot desks) {@code unitId} picks a specific desk; without it
 * any free one is taken.
 */
public record BookingRequest(
    @NotNull UUID resourceId,
    UUID unitId,
    UUID memberId,
    @Size(min = 1, max = 200) String guestName,
    @NotNull @JsonFormat(shape = JsonFormat.Shape.STRING) Instant start,
    @NotNull @JsonFormat(shape = JsonFormat.Shape.STRING) Instant end,
    @Size(max = 1000) String note) {}
