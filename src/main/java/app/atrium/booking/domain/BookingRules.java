package app.atrium.booking.domain;

import app.atrium.booking.BookingRejection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/**
 * The rules a booking must pass before it may take its units: pure functions over what the service
 * read, so each rule can be tested alone and reads in one place.
 */
public final class BookingRules {

  private BookingRules() {}

  /** What the rules need to know about the resource, the place, the person and the clock. */
  public record Situation(
      boolean bookable,
      boolean staffOnly,
      boolean needsDeskRight,
      int slotMinutes,
      int minMinutes,
      Integer maxMinutes,
      ZoneId zone,
      Optional<Hours> hours,
      boolean byStaff,
      Optional<PlanRights> plan,
      Instant now,
      int memberLeadMinutes) {}

  /** Opening hours of the booking's weekday; {@code closes} null means midnight. */
  public record Hours(LocalTime opens, LocalTime closes) {}

  /** What the member's plan allows. */
  public record PlanRights(
      String planName,
      boolean canBookDesks,
      boolean canBookRooms,
      boolean alwaysOpen,
      boolean opensThisLocation) {}

  /** Throws the first rule the booking breaks. */
  public static void check(Instant start, Instant end, Situation s) {
    if (!end.isAfter(start)) {
      throw refuse(
          HttpStatus.UNPROCESSABLE_CONTENT, "bad-time-range", "The end must be after the start.");
    }
    if (!s.bookable()) {
      throw refuse(
          HttpStatus.UNPROCESSABLE_CONTENT, "not-bookable", "This resource cannot be booked.");
    }
    ZonedDateTime from = start.atZone(s.zone());
    ZonedDateTime to = end.atZone(s.zone());
    if (start.isBefore(startOfCurrentSlot(s.now(), s.zone(), s.slotMinutes()))) {
      throw refuse(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "in-the-past",
          "That time has passed; choose a time from now on.");
    }
    long minutes = Duration.between(start, end).toMinutes();
    boolean wholeMinutes =
        from.getSecond() == 0 && from.getNano() == 0 && to.getSecond() == 0 && to.getNano() == 0;
    if (!wholeMinutes
        || minuteOfDay(from) % s.slotMinutes() != 0
        || minutes % s.slotMinutes() != 0) {
      throw refuse(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "off-slot-grid",
          "Bookings of this resource start and end on "
              + s.slotMinutes()
              + "-minute steps (e.g. 10:00, 10:"
              + String.format("%02d", s.slotMinutes() % 60)
              + ").");
    }
    if (minutes < s.minMinutes() || (s.maxMinutes() != null && minutes > s.maxMinutes())) {
      throw refuse(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "bad-length",
          "A booking of this resource lasts "
              + (s.maxMinutes() == null
                  ? "at least " + s.minMinutes() + " minutes."
                  : s.minMinutes() + " to " + s.maxMinutes() + " minutes."));
    }
    LocalDate day = from.toLocalDate();
    boolean endsAtMidnight =
        to.toLocalDate().equals(day.plusDays(1)) && to.toLocalTime().equals(LocalTime.MIDNIGHT);
    if (!to.toLocalDate().equals(day) && !endsAtMidnight) {
      throw refuse(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "spans-days",
          "A booking ends on the day it starts; book each day separately.");
    }
    boolean always = s.plan().map(PlanRights::alwaysOpen).orElse(false);
    if (!always) {
      Hours h =
          s.hours()
              .orElseThrow(
                  () ->
                      refuse(
                          HttpStatus.UNPROCESSABLE_CONTENT,
                          "outside-opening-hours",
                          "The location is closed that day."));
      LocalTime startTime = from.toLocalTime();
      boolean endOk =
          endsAtMidnight
              ? h.closes() == null
              : (h.closes() == null || !to.toLocalTime().isAfter(h.closes()));
      if (startTime.isBefore(h.opens()) || !endOk) {
        throw refuse(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "outside-opening-hours",
            "The location is open "
                + h.opens()
                + "–"
                + (h.closes() == null ? "24:00" : h.closes())
                + " that day; choose a time within it.");
      }
    }
    if (s.byStaff()) return;
    if (s.staffOnly()) {
      throw refuse(
          HttpStatus.FORBIDDEN,
          "staff-only",
          "This space is booked by the staff; ask the front desk.");
    }
    PlanRights plan =
        s.plan()
            .orElseThrow(
                () ->
                    refuse(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "no-active-membership",
                        "There is no active membership on that day; ask the front desk to renew it."));
    if (!plan.opensThisLocation()) {
      throw refuse(
          HttpStatus.FORBIDDEN,
          "not-allowed-for-plan",
          "The plan " + plan.planName() + " does not open this location.");
    }
    if (s.needsDeskRight() ? !plan.canBookDesks() : !plan.canBookRooms()) {
      throw refuse(
          HttpStatus.FORBIDDEN,
          "not-allowed-for-plan",
          "The plan "
              + plan.planName()
              + " does not include booking this kind of space; ask the front desk.");
    }
    if (start.isBefore(s.now().plus(Duration.ofMinutes(s.memberLeadMinutes())))) {
      throw refuse(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "lead-time",
          "Book at least " + s.memberLeadMinutes() + " minutes ahead, or ask the front desk.");
    }
  }

  /** The beginning of the slot that {@code now} falls in: a walk-in may book the current slot. */
  static Instant startOfCurrentSlot(Instant now, ZoneId zone, int slotMinutes) {
    ZonedDateTime t = now.atZone(zone);
    int minute = minuteOfDay(t);
    return t.toLocalDate()
        .atStartOfDay(zone)
        .plusMinutes(minute - minute % slotMinutes)
        .toInstant();
  }

  private static int minuteOfDay(ZonedDateTime t) {
    return t.getHour() * 60 + t.getMinute();
  }

  private static BookingRejection refuse(HttpStatus status, String type, String message) {
    return BookingRejection.refused(status, type, message);
  }
}
