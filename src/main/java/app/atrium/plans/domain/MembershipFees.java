package app.atrium.plans.domain;

import app.atrium.plans.PlanPeriod;
import app.atrium.platform.money.Money;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a membership costs, by PRODUCT.md's proration: by calendar days, start day inclusive, price
 * × days / days in that month computed exactly, each line rounded half-up to the currency's minor
 * unit ({@link Money#prorated}). Frozen days are not charged; each costs the plan's freeze fee
 * instead. Add-ons run by their own dates, frozen days included (the locker stays taken). Plain
 * Java: billing calls the same functions for the invoice of the 1st and for freeze credits.
 */
public final class MembershipFees {

  private MembershipFees() {}

  /**
   * The fee of {@code month} as it stands: one line per plan the membership is on in the month (its
   * unfrozen days), one freeze-fee line per frozen run of days (zero when the plan has no freeze
   * fee), one line per add-on.
   */
  public static Fee forMonth(YearMonth month, Timeline timeline) {
    List<FeeLine> lines = new ArrayList<>(planLines(month, timeline, Days.of(month)));
    lines.addAll(addOnLines(month, timeline));
    return Fee.of(month, lines, timeline.zero());
  }

  /**
   * What to give back for {@code freeze} within {@code month} once the month was charged without
   * it: per plan, a credit of its share for the frozen days, and the freeze fee for them.
   */
  public static List<FeeLine> freezeCredit(YearMonth month, Timeline timeline, Days freeze) {
    int dim = month.lengthOfMonth();
    List<FeeLine> lines = new ArrayList<>();
    Optional<Days> window = freeze.intersect(Days.of(month));
    if (window.isEmpty()) return lines;
    for (PlanSpan span : timeline.plans()) {
      if (span.plan().period() != PlanPeriod.MONTH) continue;
      Optional<Days> part = span.days().intersect(window.get());
      if (part.isEmpty()) continue;
      long days = part.get().count();
      lines.add(
          line(
              FeeLine.Kind.FREEZE_CREDIT,
              span,
              part.get(),
              days,
              dim,
              span.price().prorated(days, dim).negate()));
      Money fee = span.plan().freezeFeePerDay();
      lines.add(
          new FeeLine(
              FeeLine.Kind.FREEZE_FEE,
              span.plan().id(),
              span.plan().name(),
              part.get(),
              days,
              dim,
              fee,
              1,
              fee.times(days).rounded()));
    }
    return lines;
  }

  /** The plan and freeze-fee lines of the days of {@code window} in {@code month}. */
  static List<FeeLine> planLines(YearMonth month, Timeline timeline, Days window) {
    int dim = month.lengthOfMonth();
    List<FeeLine> lines = new ArrayList<>();
    Optional<Days> range = window.intersect(Days.of(month));
    if (range.isEmpty()) return lines;
    for (PlanSpan span : timeline.plans()) {
      Optional<Days> found = span.days().intersect(range.get());
      if (found.isEmpty()) continue;
      Days part = found.get();
      List<Days> frozen = new ArrayList<>();
      for (Days f : timeline.freezes()) f.intersect(part).ifPresent(frozen::add);
      long active = part.countWithout(frozen);
      if (span.plan().period() == PlanPeriod.DAY) {
        if (active > 0) {
          lines.add(
              line(
                  FeeLine.Kind.DAY_PASS,
                  span,
                  part,
                  active,
                  dim,
                  span.price().times(active).rounded()));
        }
      } else if (active > 0) {
        lines.add(
            line(
                FeeLine.Kind.MEMBERSHIP,
                span,
                part,
                active,
                dim,
                span.price().prorated(active, dim)));
      }
      Money fee = span.plan().freezeFeePerDay();
      for (Days f : frozen) {
        lines.add(
            new FeeLine(
                FeeLine.Kind.FREEZE_FEE,
                span.plan().id(),
                span.plan().name(),
                f,
                f.count(),
                dim,
                fee,
                1,
                fee.times(f.count()).rounded()));
      }
    }
    return lines;
  }

  static List<FeeLine> addOnLines(YearMonth month, Timeline timeline) {
    int dim = month.lengthOfMonth();
    List<FeeLine> lines = new ArrayList<>();
    Optional<Days> running = timeline.span().flatMap(s -> s.intersect(Days.of(month)));
    if (running.isEmpty()) return lines;
    for (AddOnSpan a : timeline.addOns()) {
      Optional<Days> part = a.days().intersect(running.get());
      if (part.isEmpty()) continue;
      long days = part.get().count();
      Money amount =
          a.included()
              ? Money.zero(a.price().currency()).rounded()
              : a.price().times(a.quantity()).prorated(days, dim);
      lines.add(
          new FeeLine(
              FeeLine.Kind.ADD_ON,
              a.id(),
              a.kind().name(),
              part.get(),
              days,
              dim,
              a.price(),
              a.quantity(),
              amount));
    }
    return lines;
  }

  private static FeeLine line(
      FeeLine.Kind kind, PlanSpan span, Days days, long count, int dim, Money amount) {
    return new FeeLine(
        kind, span.plan().id(), span.plan().name(), days, count, dim, span.price(), 1, amount);
  }
}
