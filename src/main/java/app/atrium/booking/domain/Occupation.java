package app.atrium.booking.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

/**
 * How busy one resource is over a window, from the units its bookings hold: the window cut into
 * busy and free spans. An exclusive room or a composite zone is busy while any of its units is
 * held; a capacity space (N desks) only while all N are, and each span says how many units are free
 * at its busiest moment.
 */
public final class Occupation {

  private Occupation() {}

  /** A unit held by a booking over an interval. */
  public record Hold(UUID unitId, UUID bookingId, Instant start, Instant end) {}

  /** A busy or free stretch of the window; {@code bookingId} names the one booking filling it. */
  public record Span(Instant start, Instant end, boolean busy, UUID bookingId, int freeUnits) {}

  /**
   * Cuts {@code [from, to)} into spans for a resource of {@code units} units.
   *
   * @param capacity true for a capacity resource: busy only when every unit is held
   */
  public static List<Span> of(
      Instant from, Instant to, int units, boolean capacity, List<Hold> holds) {
    var result = new ArrayList<Span>();
    if (!from.isBefore(to)) return result;
    var points = new TreeSet<Instant>();
    points.add(from);
    points.add(to);
    for (Hold h : holds) {
      if (h.start().isAfter(from) && h.start().isBefore(to)) points.add(h.start());
      if (h.end().isAfter(from) && h.end().isBefore(to)) points.add(h.end());
    }
    Instant prev = null;
    for (Instant point : points) {
      if (prev != null) result = append(result, segment(prev, point, units, capacity, holds));
      prev = point;
    }
    return result;
  }

  private static Span segment(
      Instant start, Instant end, int units, boolean capacity, List<Hold> holds) {
    var heldUnits = new HashSet<UUID>();
    var bookings = new HashSet<UUID>();
    for (Hold h : holds) {
      if (h.start().isBefore(end) && h.end().isAfter(start)) {
        heldUnits.add(h.unitId());
        bookings.add(h.bookingId());
      }
    }
    int free = Math.max(0, units - heldUnits.size());
    boolean busy = capacity ? free == 0 : !heldUnits.isEmpty();
    UUID booking = busy && bookings.size() == 1 ? bookings.iterator().next() : null;
    return new Span(start, end, busy, booking, capacity ? free : (busy ? 0 : units));
  }

  /** Joins a segment to the last span when nothing a screen shows differs between them. */
  private static ArrayList<Span> append(ArrayList<Span> spans, Span next) {
    if (!spans.isEmpty()) {
      Span last = spans.getLast();
      // A free span of desks keeps the fewest free desks of its parts: what a booker can count on.
      if (last.busy() == next.busy() && Objects.equals(last.bookingId(), next.bookingId())) {
        spans.set(
            spans.size() - 1,
            new Span(
                last.start(),
                next.end(),
                last.busy(),
                last.bookingId(),
                Math.min(last.freeUnits(), next.freeUnits())));
        return spans;
      }
    }
    spans.add(next);
    return spans;
  }
}
