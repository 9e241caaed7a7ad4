package app.atrium.booking.web;

import app.atrium.booking.BookingRejection;
import app.atrium.platform.web.AtriumException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Why a booking was refused, as a page shows it: the message, the fields it names, and for a taken
 * slot the free alternatives in the location's local time, each ready to book.
 */
public record Refusal(
    String type, String message, Map<String, String> fields, List<Choice> choices) {

  /** A free alternative: the resource and its local date and times. */
  public record Choice(
      UUID resourceId, String resourceName, String date, String start, String end) {}

  public boolean slotTaken() {
    return "slot-taken".equals(type);
  }

  /** What the refusal says about the extras asked for, or null when it is about something else. */
  public String extrasProblem() {
    return fields.entrySet().stream()
        .filter(f -> f.getKey().startsWith("extras"))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  static Refusal of(AtriumException e, ZoneId zone) {
    var fields = new LinkedHashMap<String, String>();
    e.fields().forEach(f -> fields.putIfAbsent(f.field(), f.message()));
    List<Choice> choices =
        e instanceof BookingRejection r
            ? r.alternatives().stream()
                .map(
                    a ->
                        new Choice(
                            a.resourceId(),
                            a.resourceName(),
                            a.start().atZone(zone).toLocalDate().toString(),
                            a.start().atZone(zone).toLocalTime().toString(),
                            Timeline.hhmm(
                                a.end()
                                        .atZone(zone)
                                        .toLocalDate()
                                        .isAfter(a.start().atZone(zone).toLocalDate())
                                    ? 24 * 60
                                    : Timeline.minute(a.end().atZone(zone).toLocalTime(), false))))
                .toList()
            : List.of();
    return new Refusal(e.type(), e.getMessage(), fields, choices);
  }
}
