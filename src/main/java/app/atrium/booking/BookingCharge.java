package app.atrium.booking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * What a member's booking adds to her bill: {@code hours} booked, of which {@code includedHours}
 * her plan covered, and {@code amount} (the frozen price of the rest, in {@code currency}). {@code
 * usesRoomHours}: its type draws on included meeting-room hours (its paid part is "room overage");
 * {@code lateCancel}: cancelled too late to be free, so still due.
 */
public record BookingCharge(
    UUID bookingId,
    UUID memberId,
    UUID resourceId,
    String resourceName,
    boolean usesRoomHours,
    Instant start,
    Instant end,
    BigDecimal hours,
    BigDecimal includedHours,
    BigDecimal amount,
    String currency,
    boolean lateCancel) {

  /** Hours paid beyond the included ones. */
  public BigDecimal paidHours() {
    return hours.subtract(includedHours == null ? BigDecimal.ZERO : includedHours);
  }
}
