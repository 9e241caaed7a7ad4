package app.atrium.plans.rest;

import app.atrium.plans.AllowanceKind;
import app.atrium.plans.AllowancePool;
import app.atrium.plans.Entitlement;
import app.atrium.plans.domain.Fee;
import app.atrium.plans.domain.FeeLine;
import app.atrium.plans.domain.UpgradePreview;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a month costs, line by line, amounts as numbers in {@code currency}. */
record FeeResource(YearMonth month, String currency, List<Line> lines, BigDecimal total) {

  /** One line: {@code dayCount} of {@code daysInMonth} days from first to last. */
  record Line(
      FeeLine.Kind kind,
      UUID refId,
      String label,
      LocalDate first,
      LocalDate last,
      long dayCount,
      int daysInMonth,
      BigDecimal unitPrice,
      int quantity,
      BigDecimal amount) {
    static Line of(FeeLine l) {
      return new Line(
          l.kind(),
          l.refId(),
          l.label(),
          l.days().first(),
          l.days().last(),
          l.dayCount(),
          l.daysInMonth(),
          l.unitPrice().amount(),
          l.quantity(),
          l.amount().amount());
    }
  }

  /** A quantity of an allowance kind; unlimited instead of a quantity. */
  record Quantity(AllowanceKind kind, BigDecimal quantity, boolean unlimited) {
    static List<Quantity> of(Map<AllowanceKind, BigDecimal> q) {
      return q.entrySet().stream()
          .map(e -> new Quantity(e.getKey(), e.getValue(), e.getValue() == null))
          .toList();
    }
  }

  /** An upgrade's effect on its month, and the allowance it adds. */
  record Preview(
      LocalDate on,
      YearMonth month,
      LocalDate remainingFrom,
      LocalDate remainingTo,
      String currency,
      List<Line> lines,
      BigDecimal total,
      List<Quantity> allowanceAdded) {
    static Preview of(UpgradePreview p) {
      return new Preview(
          p.on(),
          p.month(),
          p.remaining().first(),
          p.remaining().last(),
          p.total().currency().getCurrencyCode(),
          p.lines().stream().map(Line::of).toList(),
          p.total().amount(),
          Quantity.of(p.allowanceAdded()));
    }
  }

  /** What a membership grants in a month. */
  record Grant(
      UUID membershipId,
      UUID memberId,
      YearMonth period,
      AllowancePool pool,
      boolean rollover,
      List<Quantity> allowances) {
    static Grant of(Entitlement e) {
      return new Grant(
          e.membershipId(),
          e.memberId(),
          e.period(),
          e.pool(),
          e.rollover(),
          Quantity.of(e.quantities()));
    }
  }

  static FeeResource of(Fee f) {
    return new FeeResource(
        f.month(),
        f.total().currency().getCurrencyCode(),
        f.lines().stream().map(Line::of).toList(),
        f.total().amount());
  }
}
