package app.atrium.booking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What every channel calls to book: the staff desk, the member portal, the public API and the
 * Telegram bot. Each use case is one transaction; PostgreSQL refuses a second booking of a unit's
 * slot, and a refusal is a {@link BookingRejection} that says why and offers alternatives.
 */
public interface Bookings {

  /** Books for a member or a walk-in guest; a member booking for herself may leave memberId out. */
  Booking book(BookingRequest request, Channel channel);

  /** Moves a booking; the old slot is released only if the new one is taken. */
  Booking reschedule(UUID bookingId, Instant start, Instant end, Channel channel);

  /** Cancels a booking, releasing its units at once. */
  Booking cancel(UUID bookingId, Channel channel);

  /** Books the same slot weekly for {@code weeks} weeks (2 to 52), reporting each refusal. */
  SeriesResult bookWeekly(BookingRequest first, int weeks, Channel channel);

  Booking get(UUID bookingId);

  /** Who booked, moved or cancelled it, through which channel, when (oldest first). */
  List<BookingEvent> history(UUID bookingId);

  List<Booking> list(BookingQuery query);

  /**
   * The charges of these members' bookings that start in {@code month} (in the location's time
   * zone): confirmed ones and those cancelled too late, with a price or included hours; oldest
   * first. What billing invoices in arrears; no caller check (a job's call).
   */
  List<BookingCharge> charges(java.util.Collection<UUID> memberIds, java.time.YearMonth month);

  /** The day at a location, optionally for one resource type. */
  Availability availability(UUID locationId, java.time.LocalDate date, UUID typeId);
}
