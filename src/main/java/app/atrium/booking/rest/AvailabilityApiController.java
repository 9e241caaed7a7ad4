package app.atrium.booking.rest;

import app.atrium.booking.Availability;
import app.atrium.booking.Bookings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What is free and what is busy at a location on a day. */
@RestController
@Tag(name = "Bookings")
class AvailabilityApiController {

  private final Bookings bookings;

  AvailabilityApiController(Bookings bookings) {
    this.bookings = bookings;
  }

  @Operation(
      summary = "Free and busy intervals per resource at a location on a day",
      description =
          "Times are local to the location (its timeZone is in the answer), within its opening"
              + " hours; an end of 00:00 means midnight. A capacity resource (hot desks) is busy"
              + " only when all its units are; freeUnits says how many are free.")
  @GetMapping("/api/v1/availability")
  Availability availability(
      @RequestParam UUID locationId,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestParam(required = false) UUID typeId) {
    return bookings.availability(locationId, date, typeId);
  }
}
