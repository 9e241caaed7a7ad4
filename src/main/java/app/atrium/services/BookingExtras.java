package app.atrium.services;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Extras on bookings (a projector with a room, a coffee break per person): services offered on
 * bookings, recorded as the member's usage at the booking's start and linked to the booking, so
 * that they are billed with her other usage and never with the booking's frozen price. For the
 * booking module, which has checked who books; every call joins the caller's transaction.
 */
public interface BookingExtras {

  /** The services that may be ticked on a booking now, in display order. */
  List<AddOn> offered();

  /**
   * What the extras would cost {@code memberId} on a booking starting {@code at}, as she would pay
   * them (included by her plan or from her allowance first); records and takes nothing. A 422 names
   * the extra that is unknown, not offered on bookings, given twice or with a wrong quantity.
   */
  List<BookingExtra> price(UUID memberId, Instant at, List<ExtraChoice> extras);

  /**
   * Records each extra as {@code memberId}'s usage at {@code at} (the booking's start), linked to
   * {@code bookingId}, priced and drawing allowances as {@link ServiceUsages#record} does; refused
   * as {@link #price} refuses. In the caller's transaction: a refusal leaves the booking unmade.
   */
  List<BookingExtra> record(UUID bookingId, UUID memberId, Instant at, List<ExtraChoice> extras);

  /**
   * Takes back what is left of each extra of the booking, as corrections with {@code reason} (its
   * allowance given back); twice takes nothing more. Answers the extras as they are then.
   */
  List<BookingExtra> takeBack(UUID bookingId, String reason);

  /** The extras of these bookings, net of corrections, in the order ticked; none: no entry. */
  Map<UUID, List<BookingExtra>> of(Collection<UUID> bookingIds);
}
