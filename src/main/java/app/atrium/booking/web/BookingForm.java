package app.atrium.booking.web;

import app.atrium.booking.BookingRequest;
import app.atrium.platform.web.AtriumException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * A booking as typed on the desk's form or the portal: a resource, a local date and times in the
 * location's zone, and for whom, with the extras ticked. The portal gives a length in minutes
 * instead of an end.
 */
public class BookingForm extends ExtraPicks {

  private String resourceId = "";
  private String unitId = "";
  private String memberId = "";
  private String guestName = "";
  private String date = "";
  private String start = "";
  private String end = "";
  private String minutes = "";
  private String note = "";

  /** The request to book, times read in {@code zone}. */
  BookingRequest toRequest(ZoneId zone) {
    UUID resource = id("resourceId", resourceId, true);
    LocalDate day = date();
    Instant from = at(day, start, "start", zone);
    Instant to;
    if (!blank(end)) {
      to = at(day, end, "end", zone);
    } else {
      to = from.plusSeconds(60L * minutes());
    }
    return new BookingRequest(
        resource,
        id("unitId", unitId, false),
        id("memberId", memberId, false),
        blank(guestName) ? null : guestName.strip(),
        from,
        to,
        blank(note) ? null : note.strip(),
        choices());
  }

  LocalDate date() {
    try {
      return LocalDate.parse(date.strip());
    } catch (DateTimeParseException | NullPointerException e) {
      throw AtriumException.invalid("date", "pick a date (YYYY-MM-DD)");
    }
  }

  UUID resource() {
    return id("resourceId", resourceId, true);
  }

  private int minutes() {
    try {
      int m = Integer.parseInt(minutes.strip());
      if (m < 1 || m > 24 * 60) throw new NumberFormatException();
      return m;
    } catch (NumberFormatException | NullPointerException e) {
      throw AtriumException.invalid("end", "give an end time or a length in minutes");
    }
  }

  private static Instant at(LocalDate day, String time, String field, ZoneId zone) {
    String t = time == null ? "" : time.strip();
    if (t.equals("24:00")) return day.plusDays(1).atStartOfDay(zone).toInstant();
    try {
      return day.atTime(LocalTime.parse(t)).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      throw AtriumException.invalid(field, "give a time as HH:mm, e.g. 14:30");
    }
  }

  private static UUID id(String field, String value, boolean required) {
    if (blank(value)) {
      if (required) throw AtriumException.invalid(field, "choose one from the list");
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      throw AtriumException.invalid(field, "choose one from the list");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public String getResourceId() {
    return resourceId;
  }

  public void setResourceId(String resourceId) {
    this.resourceId = resourceId;
  }

  public String getUnitId() {
    return unitId;
  }

  public void setUnitId(String unitId) {
    this.unitId = unitId;
  }

  public String getMemberId() {
    return memberId;
  }

  public void setMemberId(String memberId) {
    this.memberId = memberId;
  }

  public String getGuestName() {
    return guestName;
  }

  public void setGuestName(String guestName) {
    this.guestName = guestName;
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }

  public String getStart() {
    return start;
  }

  public void setStart(String start) {
    this.start = start;
  }

  public String getEnd() {
    return end;
  }

  public void setEnd(String end) {
    this.end = end;
  }

  public String getMinutes() {
    return minutes;
  }

  public void setMinutes(String minutes) {
    this.minutes = minutes;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
