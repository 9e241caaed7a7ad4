package app.atrium.statement;

import app.atrium.allowances.Balance;
import app.atrium.booking.BookingCharge;
import app.atrium.services.MonthUsage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * A member's month so far. Amounts are in {@code currency}: {@code roomOverageHours} and {@code
 * roomOverageAmount} are the meeting-room time beyond the included hours, {@code
 * otherBookingsAmount} the other paid bookings (a studio, parking …), {@code servicesAmount} the
 * services beyond the plan, and {@code extrasTotal} their sum: what the month adds to the
 * membership fee.
 */
public record MonthStatement(
    UUID memberId,
    String memberName,
    YearMonth month,
    String currency,
    List<PlanHeld> memberships,
    List<Balance> allowances,
    List<BookingCharge> bookings,
    List<MonthUsage.Total> services,
    BigDecimal roomOverageHours,
    BigDecimal roomOverageAmount,
    BigDecimal otherBookingsAmount,
    BigDecimal servicesAmount,
    BigDecimal extrasTotal) {

  /** A membership that runs in the month. */
  public record PlanHeld(
      UUID membershipId, String planName, LocalDate startsOn, LocalDate endsOn, String status) {}
}
