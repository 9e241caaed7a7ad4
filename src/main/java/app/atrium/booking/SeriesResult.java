package app.atrium.booking;

import java.time.Instant;
import java.util.List;

/** A weekly series: the occurrences booked, and those refused with the reason for each. */
public record SeriesResult(List<Booking> booked, List<Refused> refused) {

  /** An occurrence that could not be booked. */
  public record Refused(Instant start, Instant end, String type, String reason) {}
}
