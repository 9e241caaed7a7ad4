package app.atrium.booking.rest;

import app.atrium.booking.live.LiveStreams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The live feed of booking changes at a location, for API clients. */
@RestController
@Tag(name = "Events")
class EventStreamApiController {

  private final LiveStreams streams;

  EventStreamApiController(LiveStreams streams) {
    this.streams = streams;
  }

  @Operation(
      summary = "Stream booking changes at a location (Server-Sent Events)",
      description =
          "First an event named 'ready'; from then on an event named 'booking' for every committed"
              + " booking, move or cancellation at the location, whatever channel or node made it."
              + " Its data is JSON: tenantId, locationId, resourceId, bookingId, change (BOOKED,"
              + " RESCHEDULED, CANCELLED), start, end, at. Comments keep the connection alive;"
              + " after a reconnect, read the state afresh (GET /api/v1/availability).")
  @GetMapping(value = "/api/v1/events/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter stream(@RequestParam UUID locationId) {
    return streams.open(locationId);
  }
}
