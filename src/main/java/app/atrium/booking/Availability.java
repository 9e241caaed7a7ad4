package app.atrium.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A location's day as the booking screens show it, in the location's time zone: per resource, the
 * opening hours and the busy and free intervals within them. For a capacity resource an interval is
 * busy only when every unit is taken; {@code freeUnits} says how many are free at its busiest. A
 * closed day has no hours and no intervals; an end of 00:00 means midnight, the end of the day.
 */
public record Availability(
    UUID locationId, String timeZone, LocalDate date, List<ResourceDay> resources) {

  /** One resource's day. */
  public record ResourceDay(
      UUID resourceId,
      String name,
      UUID typeId,
      String typeName,
      String kind,
      int units,
      LocalTime opens,
      LocalTime closes,
      List<Interval> busy,
      List<Interval> free) {}

  /**
   * From {@code start} to {@code end} local time; {@code bookingId} set for a busy exclusive slot.
   */
  public record Interval(LocalTime start, LocalTime end, UUID bookingId, int freeUnits) {}
}
