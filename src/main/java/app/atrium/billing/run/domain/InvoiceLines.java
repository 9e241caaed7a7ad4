package app.atrium.billing.run.domain;

import app.atrium.billing.DraftLine;
import app.atrium.billing.LineKind;
import app.atrium.billing.Payer;
import app.atrium.billing.run.PendingCharge;
import app.atrium.billing.run.domain.PayerMonth.FeeAdjustment;
import app.atrium.billing.run.domain.PayerMonth.MonthCharge;
import app.atrium.booking.BookingCharge;
import app.atrium.plans.DayPassSale;
import app.atrium.plans.MonthFee;
import app.atrium.plans.domain.FeeLine;
import app.atrium.services.ServiceUsage;
import app.atrium.services.UsageLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The lines of a payer's invoice of a period, as plain functions: the period's membership fees in
 * advance (one line per plan, freeze fee and add-on, as {@code Memberships.fee} prices them), the
 * corrections of months already invoiced (a freeze added afterwards gives back a FREEZE_CREDIT),
 * the previous month's usage in arrears summed up per member (room hours over the allowance as one
 * line, other paid bookings per resource, services per service, device usage apart), and late usage
 * of earlier months as LATE_USAGE per month. Included usage (amount 0) is left out. Then the fees
 * of earlier months a membership missed (it began after that month's run), day passes in arrears,
 * and the one-off charges and discounts staff entered. Credits and discounts never take the invoice
 * below zero: what would is left for the next run.
 */
public final class InvoiceLines {

  public static final String MEMBERSHIP = "membership";
  public static final String BOOKING = "booking";
  public static final String SERVICE_USAGE = "service_usage";
  public static final String DAY_PASS = "day_pass";
  public static final String PENDING_CHARGE = "pending_charge";

  private InvoiceLines() {}

  public static List<PlannedLine> of(PayerMonth p, Labels labels, Currency currency) {
    List<PlannedLine> out = new ArrayList<>();
    int digits = Math.max(currency.getDefaultFractionDigits(), 0);
    for (MonthFee f : p.fees()) {
      for (FeeLine l : f.fee().lines()) {
        DraftLine line = feeLine(l, p.period(), labels, who(p, f.memberId()));
        if (line != null) out.add(PlannedLine.of(line.from(MEMBERSHIP, f.membershipId())));
      }
    }
    List<PlannedLine> credits = new ArrayList<>();
    for (FeeAdjustment a : p.adjustments()) {
      BigDecimal d = a.difference().setScale(digits, RoundingMode.HALF_UP);
      if (d.signum() == 0) continue;
      String who = who(p, a.memberId());
      DraftLine line =
          d.signum() < 0
              ? new DraftLine(
                  LineKind.FREEZE_CREDIT,
                  labels.text("billingrun.line.freezeCredit", a.planName(), labels.month(a.month()))
                      + who,
                  BigDecimal.ONE,
                  "",
                  d,
                  d,
                  a.month(),
                  MEMBERSHIP,
                  a.membershipId())
              : new DraftLine(
                  LineKind.MEMBERSHIP,
                  labels.text("billingrun.line.adjustment", a.planName(), labels.month(a.month()))
                      + who,
                  BigDecimal.ONE,
                  "",
                  d,
                  d,
                  a.month(),
                  MEMBERSHIP,
                  a.membershipId());
      (d.signum() < 0 ? credits : out).add(PlannedLine.of(line));
    }
    for (MonthFee f : p.lateFees()) {
      for (FeeLine l : f.fee().lines()) {
        DraftLine line = feeLine(l, f.fee().month(), labels, who(p, f.memberId()));
        if (line == null) continue;
        PlannedLine planned = PlannedLine.of(line.from(MEMBERSHIP, f.membershipId()));
        (line.amount().signum() < 0 ? credits : out).add(planned);
      }
    }
    out.addAll(dayPassLines(p, labels, digits));
    out.addAll(bookingLines(p, labels, digits));
    out.addAll(usageLines(p, labels, digits));
    List<PlannedLine> discounts = new ArrayList<>();
    for (PendingCharge c : p.charges()) {
      PlannedLine line = chargeLine(c, p, out, labels, digits);
      if (line != null) (line.line().amount().signum() < 0 ? discounts : out).add(line);
    }
    out.addAll(discounts);
    out.addAll(credits);
    return withinTotal(out);
  }

  /**
   * The lines with their reductions applied in order as long as the total stays at or above zero: a
   * freeze credit is cut to what is left (its rest is given back by the next run, which compares
   * again), a negative correction that does not fit waits for the next invoice.
   */
  static List<PlannedLine> withinTotal(List<PlannedLine> lines) {
    BigDecimal total = BigDecimal.ZERO;
    for (PlannedLine l : lines) {
      if (l.line().amount().signum() > 0) total = total.add(l.line().amount());
    }
    List<PlannedLine> kept = new ArrayList<>();
    for (PlannedLine l : lines) {
      BigDecimal a = l.line().amount();
      if (a.signum() >= 0) {
        kept.add(l);
      } else if (total.add(a).signum() >= 0) {
        kept.add(l);
        total = total.add(a);
      } else if (l.line().kind() == LineKind.FREEZE_CREDIT && total.signum() > 0) {
        BigDecimal part = total.negate();
        DraftLine d = l.line();
        kept.add(
            new PlannedLine(
                new DraftLine(
                    d.kind(),
                    d.description(),
                    d.quantity(),
                    d.unit(),
                    part,
                    part,
                    d.usagePeriod(),
                    d.sourceType(),
                    d.sourceId()),
                l.sourceType(),
                l.sources()));
        total = BigDecimal.ZERO;
      }
    }
    return kept;
  }

  /** The sum of the lines' amounts. */
  public static BigDecimal sum(List<PlannedLine> lines) {
    BigDecimal total = BigDecimal.ZERO;
    for (PlannedLine l : lines) total = total.add(l.line().amount());
    return total;
  }

  private static String who(PayerMonth p, UUID memberId) {
    if (p.payer().type() != Payer.PayerType.COMPANY) return "";
    String name = p.memberNames().get(memberId);
    return name == null || name.isBlank() ? "" : " — " + name;
  }

  /** A fee line as an invoice line, or null when it charges nothing (or is a day pass). */
  static DraftLine feeLine(FeeLine l, YearMonth period, Labels labels, String who) {
    BigDecimal amount = l.amount().amount();
    if (amount.signum() == 0 || l.kind() == FeeLine.Kind.DAY_PASS) return null;
    String month = labels.month(period);
    BigDecimal price = l.unitPrice().amount();
    boolean whole = l.dayCount() == l.daysInMonth();
    return switch (l.kind()) {
      case MEMBERSHIP, UPGRADE_CHARGE ->
          whole
              ? new DraftLine(
                  LineKind.MEMBERSHIP,
                  labels.text("billingrun.line.membership", l.label(), month) + who,
                  BigDecimal.ONE,
                  labels.text("billingrun.unit.MONTH"),
                  price,
                  amount,
                  period,
                  null,
                  null)
              : new DraftLine(
                  LineKind.MEMBERSHIP,
                  labels.text(
                          "billingrun.line.membershipDays",
                          l.label(),
                          month,
                          l.dayCount(),
                          l.daysInMonth())
                      + who,
                  BigDecimal.valueOf(l.dayCount()),
                  labels.text("billingrun.unit.DAY"),
                  price.divide(BigDecimal.valueOf(l.daysInMonth()), 4, RoundingMode.HALF_UP),
                  amount,
                  period,
                  null,
                  null);
      case FREEZE_FEE ->
          new DraftLine(
              LineKind.MEMBERSHIP,
              labels.text("billingrun.line.freezeFee", l.label(), month) + who,
              BigDecimal.valueOf(l.dayCount()),
              labels.text("billingrun.unit.DAY"),
              price,
              amount,
              period,
              null,
              null);
      case ADD_ON ->
          new DraftLine(
              LineKind.ADDON,
              labels.text(
                      "billingrun.line.addon", labels.text("billingrun.extra." + l.label()), month)
                  + who,
              BigDecimal.valueOf(l.quantity()),
              labels.text("billingrun.unit.PIECE"),
              price,
              amount,
              period,
              null,
              null);
      case FREEZE_CREDIT, UPGRADE_CREDIT ->
          new DraftLine(
              LineKind.FREEZE_CREDIT,
              labels.text("billingrun.line.freezeCredit", l.label(), month) + who,
              BigDecimal.ONE,
              "",
              amount,
              amount.min(BigDecimal.ZERO),
              period,
              null,
              null);
      case DAY_PASS -> null;
    };
  }

  private record PassKey(UUID memberId, YearMonth month, String plan, BigDecimal price) {}

  /** Day passes in arrears: per member, month, plan and price, the days listed. */
  static List<PlannedLine> dayPassLines(PayerMonth p, Labels labels, int digits) {
    Map<PassKey, List<DayPassSale>> groups = new LinkedHashMap<>();
    for (DayPassSale d : p.dayPasses()) {
      if (d.price().signum() == 0) continue;
      groups
          .computeIfAbsent(
              new PassKey(d.memberId(), YearMonth.from(d.day()), d.planName(), d.price()),
              k -> new ArrayList<>())
          .add(d);
    }
    List<PlannedLine> out = new ArrayList<>();
    for (var e : groups.entrySet()) {
      PassKey k = e.getKey();
      List<DayPassSale> passes = e.getValue();
      StringBuilder days = new StringBuilder();
      for (DayPassSale d : passes) {
        if (!days.isEmpty()) days.append(", ");
        days.append(d.day().getDayOfMonth());
      }
      BigDecimal count = BigDecimal.valueOf(passes.size());
      DraftLine line =
          new DraftLine(
              LineKind.MEMBERSHIP,
              labels.text("billingrun.line.dayPass", k.plan(), labels.monthYear(k.month()), days)
                  + who(p, k.memberId()),
              count,
              labels.text("billingrun.unit.DAY"),
              k.price(),
              k.price().multiply(count).setScale(digits, RoundingMode.HALF_UP),
              k.month(),
              passes.size() == 1 ? DAY_PASS : null,
              passes.size() == 1 ? passes.getFirst().membershipId() : null);
      out.add(
          new PlannedLine(line, DAY_PASS, passes.stream().map(DayPassSale::membershipId).toList()));
    }
    return out;
  }

  /**
   * A one-off charge, or a discount: a fixed amount off, or a percentage of the membership fees and
   * add-ons among {@code lines}; null for a percentage of nothing (it waits for an invoice with
   * fees).
   */
  static PlannedLine chargeLine(
      PendingCharge c, PayerMonth p, List<PlannedLine> lines, Labels labels, int digits) {
    String who = c.memberId() == null ? "" : who(p, c.memberId());
    BigDecimal amount;
    String description = c.description();
    if (c.kind() == PendingCharge.Kind.ONE_OFF) {
      amount = c.amount();
    } else if (c.amount() != null) {
      amount = c.amount().negate();
    } else {
      BigDecimal base = BigDecimal.ZERO;
      for (PlannedLine l : lines) {
        LineKind k = l.line().kind();
        if ((k == LineKind.MEMBERSHIP || k == LineKind.ADDON) && l.line().amount().signum() > 0) {
          base = base.add(l.line().amount());
        }
      }
      if (base.signum() == 0) return null;
      amount =
          base.multiply(c.percent())
              .divide(BigDecimal.valueOf(100), digits, RoundingMode.HALF_UP)
              .negate();
      if (amount.signum() == 0) return null;
      description =
          labels.text(
              "billingrun.line.discountPercent",
              description,
              c.percent().stripTrailingZeros().toPlainString());
    }
    amount = amount.setScale(digits, RoundingMode.HALF_UP);
    DraftLine line =
        new DraftLine(
            c.kind() == PendingCharge.Kind.ONE_OFF ? LineKind.ONE_OFF : LineKind.DISCOUNT,
            description + who,
            BigDecimal.ONE,
            "",
            amount,
            amount,
            p.period(),
            PENDING_CHARGE,
            c.id());
    return new PlannedLine(line, PENDING_CHARGE, List.of(c.id()));
  }

  private record BookingKey(UUID memberId, YearMonth month, boolean room, UUID resourceId) {}

  /** Paid bookings: per member and month, room hours as one line, other resources one each. */
  static List<PlannedLine> bookingLines(PayerMonth p, Labels labels, int digits) {
    Map<BookingKey, List<BookingCharge>> groups = new LinkedHashMap<>();
    for (MonthCharge mc : p.bookings()) {
      BookingCharge c = mc.charge();
      if (c.amount() == null || c.amount().signum() <= 0) continue;
      groups
          .computeIfAbsent(
              new BookingKey(
                  c.memberId(),
                  mc.month(),
                  c.usesRoomHours(),
                  c.usesRoomHours() ? null : c.resourceId()),
              k -> new ArrayList<>())
          .add(c);
    }
    List<PlannedLine> out = new ArrayList<>();
    for (var e : groups.entrySet()) {
      BookingKey k = e.getKey();
      List<BookingCharge> cs = e.getValue();
      BigDecimal hours = BigDecimal.ZERO;
      BigDecimal amount = BigDecimal.ZERO;
      for (BookingCharge c : cs) {
        hours = hours.add(c.usesRoomHours() ? c.paidHours() : c.hours());
        amount = amount.add(c.amount());
      }
      amount = amount.setScale(digits, RoundingMode.HALF_UP);
      boolean late = !k.month().equals(p.arrears());
      String what =
          k.room() ? labels.text("billingrun.line.roomOverage") : cs.getFirst().resourceName();
      String description =
          (late ? labels.text("billingrun.line.late", what, labels.monthYear(k.month())) : what)
              + who(p, k.memberId());
      LineKind kind =
          late ? LineKind.LATE_USAGE : k.room() ? LineKind.ROOM_OVERAGE : LineKind.BOOKING;
      BigDecimal qty = hours.stripTrailingZeros();
      if (qty.scale() < 0) qty = qty.setScale(0);
      DraftLine line =
          new DraftLine(
              kind,
              description,
              qty,
              labels.text("billingrun.unit.HOUR"),
              unitPrice(amount, hours),
              amount,
              k.month(),
              cs.size() == 1 ? BOOKING : null,
              cs.size() == 1 ? cs.getFirst().bookingId() : null);
      out.add(new PlannedLine(line, BOOKING, cs.stream().map(BookingCharge::bookingId).toList()));
    }
    return out;
  }

  private record UsageKey(UUID memberId, YearMonth month, UUID serviceId, LineKind kind) {}

  /**
   * Service usage per member, month and service; device usage and booking extras (a projector
   * ticked on a booking) apart, each of its own kind; included usage left out.
   */
  static List<PlannedLine> usageLines(PayerMonth p, Labels labels, int digits) {
    Map<UsageKey, List<UsageLine>> groups = new LinkedHashMap<>();
    Map<UsageKey, Boolean> included = new LinkedHashMap<>();
    for (UsageLine u : p.usage()) {
      UsageKey k = new UsageKey(u.memberId(), u.period(), u.serviceId(), kindOf(u.source()));
      if (u.includedQuantity() != null && u.includedQuantity().signum() != 0) included.put(k, true);
      // In the order first used, included usage too (printing before the coffee that followed).
      List<UsageLine> group = groups.computeIfAbsent(k, x -> new ArrayList<>());
      if (u.amount() != null && u.amount().signum() != 0) group.add(u);
    }
    List<PlannedLine> out = new ArrayList<>();
    for (var e : groups.entrySet()) {
      UsageKey k = e.getKey();
      List<UsageLine> us = e.getValue();
      if (us.isEmpty()) continue;
      BigDecimal qty = BigDecimal.ZERO;
      BigDecimal amount = BigDecimal.ZERO;
      for (UsageLine u : us) {
        qty = qty.add(u.paidQuantity() != null ? u.paidQuantity() : u.quantity());
        amount = amount.add(u.amount());
      }
      amount = amount.setScale(digits, RoundingMode.HALF_UP);
      if (amount.signum() == 0) continue;
      UsageLine first = us.getFirst();
      boolean late = !k.month().equals(p.arrears());
      String what =
          Boolean.TRUE.equals(included.get(k))
              ? labels.text(
                  "billingrun.line.overIncluded." + first.unit().name(), first.serviceName())
              : first.serviceName();
      String description =
          (late ? labels.text("billingrun.line.late", what, labels.monthYear(k.month())) : what)
              + who(p, k.memberId());
      LineKind kind =
          amount.signum() < 0 ? LineKind.DISCOUNT : late ? LineKind.LATE_USAGE : k.kind();
      BigDecimal price =
          us.stream().map(UsageLine::unitPrice).filter(Objects::nonNull).distinct().count() == 1
                  && first.unitPrice() != null
              ? first.unitPrice()
              : unitPrice(amount, qty);
      BigDecimal q = qty.stripTrailingZeros();
      if (q.scale() < 0) q = q.setScale(0);
      DraftLine line =
          new DraftLine(
              kind,
              description,
              q,
              labels.text("billingrun.unit." + first.unit().name()),
              price,
              amount,
              k.month(),
              us.size() == 1 ? SERVICE_USAGE : null,
              us.size() == 1 ? first.id() : null);
      out.add(new PlannedLine(line, SERVICE_USAGE, us.stream().map(UsageLine::id).toList()));
    }
    return out;
  }

  /** The line a usage makes by who recorded it: staff's and members' own are SERVICE lines. */
  private static LineKind kindOf(ServiceUsage.Source source) {
    return switch (source) {
      case DEVICE -> LineKind.DEVICE;
      case BOOKING -> LineKind.BOOKING_EXTRA;
      case STAFF, MEMBER -> LineKind.SERVICE;
    };
  }

  private static BigDecimal unitPrice(BigDecimal amount, BigDecimal quantity) {
    if (quantity.signum() == 0) return amount;
    return amount.divide(quantity, 4, RoundingMode.HALF_UP).stripTrailingZeros();
  }
}
