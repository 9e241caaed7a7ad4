package app.atrium.plans.domain;

import app.atrium.plans.Allowance;
import app.atrium.plans.AllowanceKind;
import app.atrium.plans.Plan;
import app.atrium.plans.PlanPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a membership's plans grant in a month, by PRODUCT.md's rule for allowances: prorated like
 * the fee (unfrozen days / days in the month) and rounded down, hours to the half hour and
 * everything else to whole units. A plan that starts in the month by an upgrade adds its share for
 * the rest of the month to what the earlier plan granted, which stays granted (so what was used
 * stays used): each plan of the month grants from its first day in it to the membership's last day
 * in it. A day plan grants its quantities for each day. A kind mapped to null is unlimited.
 */
public final class AllowanceProration {

  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private AllowanceProration() {}

  public static Map<AllowanceKind, BigDecimal> forMonth(YearMonth month, Timeline timeline) {
    Map<AllowanceKind, BigDecimal> total = new EnumMap<>(AllowanceKind.class);
    Days monthDays = Days.of(month);
    LocalDate end = timeline.end();
    LocalDate last = end == null || end.isAfter(month.atEndOfMonth()) ? month.atEndOfMonth() : end;
    for (PlanSpan span : timeline.plans()) {
      Optional<Days> own = span.days().intersect(monthDays);
      if (own.isEmpty()) continue;
      Days window = Days.of(own.get().first(), last);
      add(total, grant(span.plan(), window, timeline.freezes(), month.lengthOfMonth()));
    }
    return Collections.unmodifiableMap(total);
  }

  /**
   * The plan in force on the membership's last day in {@code month}: its pool and rollover hold.
   */
  public static Optional<Plan> lastPlanIn(YearMonth month, Timeline timeline) {
    Days monthDays = Days.of(month);
    Plan found = null;
    for (PlanSpan span : timeline.plans()) {
      if (span.days().overlaps(monthDays)) found = span.plan();
    }
    return Optional.ofNullable(found);
  }

  /**
   * What {@code plan} grants for the unfrozen days of {@code window} (within one month of {@code
   * daysInMonth} days).
   */
  public static Map<AllowanceKind, BigDecimal> grant(
      Plan plan, Days window, List<Days> freezes, int daysInMonth) {
    List<Days> frozen = new ArrayList<>();
    for (Days f : freezes) f.intersect(window).ifPresent(frozen::add);
    long days = window.countWithout(frozen);
    Map<AllowanceKind, BigDecimal> out = new EnumMap<>(AllowanceKind.class);
    for (Allowance a : plan.allowances()) {
      if (a.limitless()) out.put(a.kind(), null);
      else if (plan.period() == PlanPeriod.DAY) {
        out.put(a.kind(), scaled(a.kind(), a.quantity().multiply(BigDecimal.valueOf(days))));
      } else out.put(a.kind(), prorate(a.kind(), a.quantity(), days, daysInMonth));
    }
    return out;
  }

  /**
   * {@code quantity} × {@code days} / {@code daysInMonth}, rounded down: hours to the half hour,
   * other kinds to the whole unit. A whole month keeps the quantity as it is.
   */
  public static BigDecimal prorate(
      AllowanceKind kind, BigDecimal quantity, long days, int daysInMonth) {
    if (days >= daysInMonth) return scaled(kind, quantity);
    BigDecimal exact = quantity.multiply(BigDecimal.valueOf(days));
    if (kind.wholeUnits()) {
      return exact.divide(BigDecimal.valueOf(daysInMonth), 0, RoundingMode.FLOOR);
    }
    BigDecimal halves =
        exact.multiply(TWO).divide(BigDecimal.valueOf(daysInMonth), 0, RoundingMode.FLOOR);
    return halves.divide(TWO, 1, RoundingMode.UNNECESSARY);
  }

  private static BigDecimal scaled(AllowanceKind kind, BigDecimal quantity) {
    BigDecimal q = quantity.stripTrailingZeros();
    if (kind.wholeUnits()) return q.setScale(0, RoundingMode.FLOOR);
    return q.scale() <= 1 ? q.setScale(1, RoundingMode.UNNECESSARY) : q;
  }

  /** Adds {@code more} into {@code total}; unlimited (null) wins over any quantity. */
  static void add(Map<AllowanceKind, BigDecimal> total, Map<AllowanceKind, BigDecimal> more) {
    for (var e : more.entrySet()) {
      if (!total.containsKey(e.getKey())) total.put(e.getKey(), e.getValue());
      else if (total.get(e.getKey()) == null || e.getValue() == null) total.put(e.getKey(), null);
      else total.put(e.getKey(), total.get(e.getKey()).add(e.getValue()));
    }
  }
}
