package app.atrium.booking.web;

import app.atrium.booking.Availability.Interval;
import app.atrium.booking.Availability.ResourceDay;
import app.atrium.booking.Booking;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Rows of hours as the desk reads them: busy blocks laid over the hours, each free hour a link to
 * book it. Rows are the resources of a day, or the days of one resource's week. Positions are
 * percentages of the window from the earliest opening to the latest closing, whole hours.
 */
public record Timeline(List<Integer> hours, List<Row> rows) {

  /** One row to draw: a resource's day, its slot length, and a title. */
  public record Source(String title, LocalDate date, ResourceDay day, int slotMinutes) {}

  /** A drawn row; {@code now} is where the now-line goes (null when not today). */
  public record Row(
      String title,
      UUID resourceId,
      String name,
      String typeName,
      boolean capacity,
      int units,
      LocalDate date,
      boolean closed,
      List<Block> blocks,
      List<Cell> cells,
      Double now) {}

  /** A busy stretch; {@code full} marks desks that are all taken (no one holder). */
  public record Block(
      UUID bookingId, String holder, String resourceName, String time, double left, double width) {

    public boolean full() {
      return bookingId == null;
    }

    /** Held through another resource (an event zone over its rooms, or a room inside the zone). */
    public boolean through() {
      return resourceName != null;
    }
  }

  /** An hour of a row; {@code start}/{@code end} prefill the booking form when it is free. */
  public record Cell(
      int hour, String start, String end, double left, double width, boolean free, int freeUnits) {}

  public boolean open() {
    return !hours.isEmpty();
  }

  static Timeline of(List<Source> sources, Map<UUID, Booking> bookings, LocalDateTime now) {
    int from = 24 * 60;
    int to = 0;
    for (Source s : sources) {
      if (s.day().opens() == null) continue;
      from = Math.min(from, minute(s.day().opens(), false));
      to = Math.max(to, minute(s.day().closes(), true));
    }
    if (from >= to) return new Timeline(List.of(), closedRows(sources));
    from = from / 60 * 60;
    to = (to + 59) / 60 * 60;
    var hours = new ArrayList<Integer>();
    for (int m = from; m < to; m += 60) hours.add(m / 60);
    var rows = new ArrayList<Row>();
    for (Source s : sources) rows.add(row(s, bookings, now, from, to));
    return new Timeline(hours, rows);
  }

  private static List<Row> closedRows(List<Source> sources) {
    return sources.stream()
        .map(
            s ->
                new Row(
                    s.title(),
                    s.day().resourceId(),
                    s.day().name(),
                    s.day().typeName(),
                    "CAPACITY".equals(s.day().kind()),
                    s.day().units(),
                    s.date(),
                    true,
                    List.of(),
                    List.of(),
                    null))
        .toList();
  }

  private static Row row(
      Source s, Map<UUID, Booking> bookings, LocalDateTime now, int from, int to) {
    ResourceDay d = s.day();
    double span = to - from;
    var blocks = new ArrayList<Block>();
    for (Interval b : d.busy()) {
      int start = minute(b.start(), false);
      int end = minute(b.end(), true);
      Booking booking = b.bookingId() == null ? null : bookings.get(b.bookingId());
      String holder = booking == null ? null : booking.holder();
      String through =
          booking != null && !booking.resourceId().equals(d.resourceId())
              ? booking.resourceName()
              : null;
      blocks.add(
          new Block(
              b.bookingId(),
              holder,
              through,
              b.start() + "–" + b.end(),
              (start - from) * 100 / span,
              (end - start) * 100 / span));
    }
    boolean closed = d.opens() == null;
    int opens = closed ? 0 : minute(d.opens(), false);
    int closes = closed ? 0 : minute(d.closes(), true);
    int nowMinute = -1;
    if (now.toLocalDate().equals(s.date())) nowMinute = now.getHour() * 60 + now.getMinute();
    else if (now.toLocalDate().isAfter(s.date())) nowMinute = 24 * 60;
    var cells = new ArrayList<Cell>();
    for (int h = from; h < to; h += 60) {
      int start = Math.max(h, opens);
      // Today's current slot may still be booked; earlier ones may not.
      int slot = Math.max(1, s.slotMinutes());
      if (nowMinute >= 0) start = Math.max(start, nowMinute / slot * slot);
      start = skipBusy(d.busy(), start, h + 60);
      boolean free = !closed && start < Math.min(h + 60, closes) && !busyAt(d.busy(), start);
      int end = free ? nextBusyOrClose(d.busy(), start, Math.min(start + 60, closes)) : start;
      int freeUnits = free ? freeUnitsAt(d.free(), start, end) : 0;
      cells.add(
          new Cell(
              h / 60,
              hhmm(start),
              hhmm(end),
              (h - from) * 100 / span,
              60 * 100 / span,
              free,
              freeUnits));
    }
    Double nowAt =
        now.toLocalDate().equals(s.date()) && nowMinute >= from && nowMinute <= to
            ? (nowMinute - from) * 100 / span
            : null;
    return new Row(
        s.title(),
        d.resourceId(),
        d.name(),
        d.typeName(),
        "CAPACITY".equals(d.kind()),
        d.units(),
        s.date(),
        closed,
        blocks,
        cells,
        nowAt);
  }

  /** Moves {@code start} past busy stretches that end within the hour. */
  private static int skipBusy(List<Interval> busy, int start, int hourEnd) {
    boolean moved = true;
    while (moved) {
      moved = false;
      for (Interval b : busy) {
        int bs = minute(b.start(), false);
        int be = minute(b.end(), true);
        if (bs <= start && start < be && be < hourEnd) {
          start = be;
          moved = true;
        }
      }
    }
    return start;
  }

  private static boolean busyAt(List<Interval> busy, int minute) {
    return busy.stream()
        .anyMatch(b -> minute(b.start(), false) <= minute && minute < minute(b.end(), true));
  }

  private static int nextBusyOrClose(List<Interval> busy, int start, int limit) {
    int end = limit;
    for (Interval b : busy) {
      int bs = minute(b.start(), false);
      if (bs > start && bs < end) end = bs;
    }
    return end;
  }

  private static int freeUnitsAt(List<Interval> free, int start, int end) {
    int least = Integer.MAX_VALUE;
    for (Interval f : free) {
      if (minute(f.start(), false) < end && minute(f.end(), true) > start)
        least = Math.min(least, f.freeUnits());
    }
    return least == Integer.MAX_VALUE ? 0 : least;
  }

  /** Minutes since midnight; an end at 00:00 is the day's end. */
  static int minute(LocalTime t, boolean end) {
    int m = t.getHour() * 60 + t.getMinute();
    return end && m == 0 ? 24 * 60 : m;
  }

  static String hhmm(int minute) {
    return minute >= 24 * 60 ? "24:00" : String.format("%02d:%02d", minute / 60, minute % 60);
  }
}
