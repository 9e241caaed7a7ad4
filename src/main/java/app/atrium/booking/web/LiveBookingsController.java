package app.atrium.booking.web;

import app.atrium.booking.live.LiveStreams;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live feed of booking changes at a location for signed-in pages (htmx's SSE extension): staff
 * timelines and the member portal re-render their part when an event arrives.
 */
@Controller
class LiveBookingsController {

  private final LiveStreams streams;

  LiveBookingsController(LiveStreams streams) {
    this.streams = streams;
  }

  @GetMapping(value = "/live/bookings", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @ResponseBody
  SseEmitter stream(@RequestParam UUID locationId) {
    return streams.open(locationId);
  }
}
