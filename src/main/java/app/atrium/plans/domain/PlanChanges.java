package app.atrium.plans.domain;

import app.atrium.plans.Plan;
import app.atrium.platform.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Plan changes by PRODUCT.md: an upgrade (a dearer monthly price) takes effect at once, prorated
 * for the rest of the month; anything else (a downgrade, or a move at the same price) at the next
 * period's start, when there is nothing to prorate.
 */
public final class PlanChanges {

  private PlanChanges() {}

  /** Whether moving from {@code current} to {@code next} (monthly prices) is an upgrade. */
  public static boolean isUpgrade(Money current, Money next) {
    return next.compareTo(current) > 0;
  }

  /** When a downgrade made on {@code today} takes effect: the 1st of the next month. */
  public static LocalDate downgradeStartsOn(LocalDate today) {
    return YearMonth.from(today).plusMonths(1).atDay(1);
  }

  /**
   * The lines of an upgrade to {@code plan} at {@code price} on {@code on} (which must lie within
   * the membership): for the days from {@code on} to the month's end (or the membership's, if
   * sooner), the old plan's share back and the new plan's charged, frozen days costing the new
   * plan's freeze fee instead of the old's; and the new plan's allowance for those unfrozen days.
   */
  public static UpgradePreview upgrade(Timeline timeline, LocalDate on, Plan plan, Money price) {
    YearMonth month = YearMonth.from(on);
    LocalDate end = timeline.end();
    LocalDate last = end == null || end.isAfter(month.atEndOfMonth()) ? month.atEndOfMonth() : end;
    Days remaining = Days.of(on, last);
    Timeline after = timeline.withPlanFrom(on, plan, price);
    List<FeeLine> lines = new ArrayList<>();
    for (FeeLine l : MembershipFees.planLines(month, timeline, remaining)) {
      if (l.kind() == FeeLine.Kind.FREEZE_FEE && l.amount().isZero()) continue;
      FeeLine.Kind kind =
          l.kind() == FeeLine.Kind.FREEZE_FEE
              ? FeeLine.Kind.FREEZE_FEE
              : FeeLine.Kind.UPGRADE_CREDIT;
      lines.add(
          new FeeLine(
              kind,
              l.refId(),
              l.label(),
              l.days(),
              l.dayCount(),
              l.daysInMonth(),
              l.unitPrice(),
              l.quantity(),
              l.amount().negate()));
    }
    for (FeeLine l : MembershipFees.planLines(month, after, remaining)) {
      if (l.kind() == FeeLine.Kind.FREEZE_FEE && l.amount().isZero()) continue;
      FeeLine.Kind kind =
          l.kind() == FeeLine.Kind.FREEZE_FEE
              ? FeeLine.Kind.FREEZE_FEE
              : FeeLine.Kind.UPGRADE_CHARGE;
      lines.add(
          new FeeLine(
              kind,
              l.refId(),
              l.label(),
              l.days(),
              l.dayCount(),
              l.daysInMonth(),
              l.unitPrice(),
              l.quantity(),
              l.amount()));
    }
    Money total = Money.zero(timeline.currency());
    for (FeeLine l : lines) total = total.plus(l.amount());
    return new UpgradePreview(
        on,
        month,
        remaining,
        lines,
        total.rounded(),
        AllowanceProration.grant(plan, remaining, timeline.freezes(), month.lengthOfMonth()));
  }
}
