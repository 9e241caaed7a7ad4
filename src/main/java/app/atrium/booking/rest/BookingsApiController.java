package app.atrium.booking.rest;

import app.atrium.booking.Booking;
import app.atrium.booking.BookingQuery;
import app.atrium.booking.BookingRequest;
import app.atrium.booking.BookingStatus;
import app.atrium.booking.Bookings;
import app.atrium.booking.Channel;
import app.atrium.booking.SeriesResult;
import app.atrium.services.ExtraChoice;
import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Bookings through the public API: a channel like any other, through the same {@link Bookings}. */
@RestController
@RequestMapping("/api/v1/bookings")
@Tag(name = "Bookings")
class BookingsApiController {

  private final Bookings bookings;

  BookingsApiController(Bookings bookings) {
    this.bookings = bookings;
  }

  /** A new time for a booking. */
  record Reschedule(
      @NotNull @JsonFormat(shape = JsonFormat.Shape.STRING) Instant start,
      @NotNull @JsonFormat(shape = JsonFormat.Shape.STRING) Instant end) {}

  /** A weekly series: the first occurrence and how many weeks. */
  record Series(
      @NotNull UUID resourceId,
      UUID unitId,
      UUID memberId,
      @Size(min = 1, max = 200) String guestName,
      @NotNull @JsonFormat(shape = JsonFormat.Shape.STRING) Instant start,
      @NotNull @JsonFormat(shape = JsonFormat.Shape.STRING) Instant end,
      @Size(max = 1000) String note,
      @Size(max = ExtraChoice.MAX_EXTRAS) List<@Valid @NotNull ExtraChoice> extras,
      @NotNull @Min(2) @Max(52) Integer weeks) {}

  @Operation(
      summary = "Book a resource for a member or a walk-in guest",
      description =
          "A taken slot is a 409 problem (type slot-taken) with free alternatives. extras"
              + " (optional): [{serviceCode, quantity 1-1000}] of services offered on bookings"
              + " (GET /api/v1/services, bookingExtra), each once; they are recorded as the"
              + " member's service usage at the booking's start, in the same transaction (an"
              + " extra refused: nothing is booked), and billed with her usage, never in the"
              + " booking's price. A guest's booking has none (400 extras-need-a-member). Send an"
              + " Idempotency-Key header to make retries safe.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Booking book(@Valid @RequestBody BookingRequest request) {
    return bookings.book(request, Channel.API);
  }

  @Operation(summary = "Book the same slot weekly; each refused week is reported")
  @PostMapping("/series")
  @ResponseStatus(HttpStatus.CREATED)
  SeriesResult series(@Valid @RequestBody Series s) {
    return bookings.bookWeekly(
        new BookingRequest(
            s.resourceId(),
            s.unitId(),
            s.memberId(),
            s.guestName(),
            s.start(),
            s.end(),
            s.note(),
            s.extras()),
        s.weeks(),
        Channel.API);
  }

  @Operation(summary = "List bookings (members see their own)")
  @GetMapping
  List<Booking> list(
      @RequestParam(required = false) UUID locationId,
      @RequestParam(required = false) UUID resourceId,
      @RequestParam(required = false) UUID memberId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant to,
      @RequestParam(required = false) BookingStatus status,
      @RequestParam(defaultValue = "200") @Min(1) @Max(1000) int limit) {
    return bookings.list(
        new BookingQuery(locationId, resourceId, memberId, from, to, status, limit));
  }

  @Operation(summary = "One booking")
  @GetMapping("/{id}")
  Booking get(@PathVariable UUID id) {
    return bookings.get(id);
  }

  @Operation(summary = "Who booked, moved or cancelled it, through which channel, when")
  @GetMapping("/{id}/history")
  List<app.atrium.booking.BookingEvent> history(@PathVariable UUID id) {
    return bookings.history(id);
  }

  @Operation(
      summary = "Cancel a booking, releasing its slot at once",
      description =
          "In time (at least the type's freeCancelMinutes before the start) it gives back the"
              + " included hours and takes its extras back by corrections; later both stay"
              + " charged.")
  @PostMapping("/{id}/cancel")
  Booking cancel(@PathVariable UUID id) {
    return bookings.cancel(id, Channel.API);
  }

  @Operation(summary = "Move a booking; the old slot is kept if the new one is taken")
  @PostMapping("/{id}/reschedule")
  Booking reschedule(@PathVariable UUID id, @Valid @RequestBody Reschedule body) {
    return bookings.reschedule(id, body.start(), body.end(), Channel.API);
  }
}
