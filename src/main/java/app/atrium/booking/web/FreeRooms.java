package app.atrium.booking.web;

import app.atrium.booking.Availability.Interval;
import app.atrium.booking.Availability.ResourceDay;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** The resources of a day free for a whole stretch: what the member may pick from. */
public record FreeRooms(
    UUID resourceId, String name, String typeName, boolean capacity, int freeUnits) {

  static List<FreeRooms> at(List<ResourceDay> days, LocalTime start, int minutes) {
    int from = Timeline.minute(start, false);
    int to = from + minutes;
    return days.stream()
        .filter(d -> d.opens() != null)
        .filter(d -> Timeline.minute(d.opens(), false) <= from)
        .filter(d -> to <= Timeline.minute(d.closes(), true))
        .filter(d -> d.busy().stream().noneMatch(b -> overlaps(b, from, to)))
        .map(
            d ->
                new FreeRooms(
                    d.resourceId(),
                    d.name(),
                    d.typeName(),
                    "CAPACITY".equals(d.kind()),
                    d.free().stream()
                        .filter(f -> overlaps(f, from, to))
                        .mapToInt(Interval::freeUnits)
                        .min()
                        .orElse(0)))
        .toList();
  }

  private static boolean overlaps(Interval i, int from, int to) {
    return Timeline.minute(i.start(), false) < to && Timeline.minute(i.end(), true) > from;
  }
}
