package app.atrium.billing.run.domain;

import app.atrium.billing.Payer;
import app.atrium.billing.run.PendingCharge;
import app.atrium.booking.BookingCharge;
import app.atrium.plans.DayPassSale;
import app.atrium.plans.MonthFee;
import app.atrium.services.UsageLine;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What one payer's invoice of {@code period} is made of, as read for a batch: the period's
 * membership fees (in advance), the previous month's bookings and service usage not yet invoiced
 * (in arrears), the same of earlier months (late usage), and the corrections of fees of months
 * already invoiced ({@code adjustments}), the fees of earlier months a run invoiced before the
 * membership began ({@code lateFees}: a start after the 1st's run), day passes of earlier months
 * not yet invoiced (in arrears), and the one-off charges and discounts staff put on the next
 * invoice. {@code memberNames} names the people of a company's invoice (empty for a member's own).
 */
public record PayerMonth(
    Payer payer,
    YearMonth period,
    Map<UUID, String> memberNames,
    List<MonthFee> fees,
    List<FeeAdjustment> adjustments,
    List<MonthCharge> bookings,
    List<UsageLine> usage,
    List<MonthFee> lateFees,
    List<DayPassSale> dayPasses,
    List<PendingCharge> charges) {

  public PayerMonth {
    memberNames = Map.copyOf(memberNames);
    fees = List.copyOf(fees);
    adjustments = List.copyOf(adjustments);
    bookings = List.copyOf(bookings);
    usage = List.copyOf(usage);
    lateFees = List.copyOf(lateFees);
    dayPasses = List.copyOf(dayPasses);
    charges = List.copyOf(charges);
  }

  /** A payer's month without late fees, day passes and pending charges. */
  public PayerMonth(
      Payer payer,
      YearMonth period,
      Map<UUID, String> memberNames,
      List<MonthFee> fees,
      List<FeeAdjustment> adjustments,
      List<MonthCharge> bookings,
      List<UsageLine> usage) {
    this(
        payer,
        period,
        memberNames,
        fees,
        adjustments,
        bookings,
        usage,
        List.of(),
        List.of(),
        List.of());
  }

  /** A booking's charge and the month it belongs to. */
  public record MonthCharge(YearMonth month, BookingCharge charge) {}

  /** The month whose usage is billed in arrears. */
  public YearMonth arrears() {
    return period.minusMonths(1);
  }

  /**
   * A membership's fee of an already invoiced {@code month} as it stands now against what was
   * invoiced for it: a freeze added since then gives back ({@code now < invoiced}).
   */
  public record FeeAdjustment(
      UUID membershipId,
      UUID memberId,
      String planName,
      YearMonth month,
      java.math.BigDecimal invoiced,
      java.math.BigDecimal now) {

    public java.math.BigDecimal difference() {
      return now.subtract(invoiced);
    }
  }
}
