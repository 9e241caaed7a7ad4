package app.atrium.pricing.domain;

import app.atrium.platform.money.Money;
import app.atrium.pricing.PriceRule;
import app.atrium.pricing.Quote;
import app.atrium.pricing.QuoteLine;
import app.atrium.pricing.RateUnit;
import app.atrium.pricing.RuleKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Prices a prospective booking from the price rules of its resource and type, and explains the
 * price line by line. Plain Java: the same inputs always give the same quote.
 *
 * <p>How a price is reached:
 *
 * <ol>
 *   <li>The booking is cut into segments at every local midnight and every edge of a rule's time
 *       band, in the location's time zone, so within a segment the same rules hold throughout.
 *   <li>In each segment the rules of the resource itself, where any of a kind (rate, adjustment)
 *       holds then, replace those of its type. Of the rates that hold, the most specific wins
 *       ({@link PriceRule#MOST_SPECIFIC_FIRST}); every adjustment that holds applies.
 *   <li>Rate lines: consecutive segments at the same rate make one line: hours × rate (pro rata to
 *       the second), days touched × rate, or the rate once per booking. No rate: that time is free.
 *   <li>Adjustment lines, one per rule: its percentage of the rated amount of the segments where it
 *       holds. Adjustments add up (weekend −30 and a promotion −10 make −40), and never take the
 *       price below zero.
 *   <li>Last, the member's plan discount, a percentage of everything above: a Resident's weekend
 *       hour is 5 000 − 30 % = 3 500, then − 20 % = 2 800. Discounting the already adjusted amount
 *       (rather than the list price) keeps the two discounts from adding up to more than either
 *       promised, and is what the residents' "−20 % on bookings" means: off what they would pay.
 * </ol>
 *
 * Each line is rounded half-up to the currency's minor unit ({@link Money#rounded()}); the total is
 * the sum of the rounded lines, so the lines always add up to it.
 */
public final class PriceCalculator {

  /** A booking longer than this is refused: a year of segments is plenty. */
  public static final Duration LONGEST = Duration.ofDays(366);

  private static final MathContext EXACT = MathContext.DECIMAL128;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal HOUR_SECONDS = BigDecimal.valueOf(3600);

  private PriceCalculator() {}

  /** The booking to price: which resource (and its type), when, and where in time. */
  public record Prospect(
      UUID resourceId,
      UUID resourceTypeId,
      String resourceName,
      Instant start,
      Instant end,
      ZoneId zone) {
    public Prospect {
      Objects.requireNonNull(resourceId, "resourceId");
      Objects.requireNonNull(resourceTypeId, "resourceTypeId");
      Objects.requireNonNull(zone, "zone");
      if (!end.isAfter(start)) throw new IllegalArgumentException("end must be after start");
      if (Duration.between(start, end).compareTo(LONGEST) > 0) {
        throw new IllegalArgumentException("a booking may last at most " + LONGEST.toDays() + "d");
      }
    }
  }

  /** The member's plan and its booking discount in per cent (0 to 100). */
  public record PlanDiscount(String planName, BigDecimal percent) {}

  /**
   * The quote for {@code prospect} under {@code rules} (rules of other resources and types are
   * ignored), with {@code plan}'s discount when not null, in {@code currency}, worded in {@code
   * locale}'s language.
   */
  public static Quote quote(
      Prospect prospect,
      List<PriceRule> rules,
      PlanDiscount plan,
      Currency currency,
      Locale locale) {
    List<PriceRule> own =
        rules.stream()
            .filter(
                r ->
                    prospect.resourceId().equals(r.resourceId())
                        || (r.resourceId() == null
                            && prospect.resourceTypeId().equals(r.resourceTypeId())))
            .toList();
    Wording words = Wording.of(locale);
    List<Segment> segments = segments(prospect, own);

    // Rate lines, and what each segment was charged (for the adjustments).
    var lines = new ArrayList<QuoteLine>();
    Map<UUID, BigDecimal> adjusted = new LinkedHashMap<>();
    Map<UUID, PriceRule> adjustments = new LinkedHashMap<>();
    Set<String> charged = new HashSet<>();
    Run run = null;
    for (Segment s : segments) {
      if (s.rate == null) {
        run = flush(run, lines, prospect, words, currency);
        continue;
      }
      boolean first = charged.add(chargeKey(s));
      BigDecimal charge = charge(s, first);
      if (run == null || !run.rule.id().equals(s.rate.id()) || !run.end.equals(s.start)) {
        flush(run, lines, prospect, words, currency);
        run = new Run(s.rate, s.start);
      }
      run.add(s, charge, first);
      for (PriceRule a : s.adjustments) {
        adjustments.putIfAbsent(a.id(), a);
        adjusted.merge(
            a.id(), charge.multiply(a.percent()).divide(HUNDRED, EXACT), BigDecimal::add);
      }
    }
    flush(run, lines, prospect, words, currency);

    Money subtotal = sum(lines, currency);
    for (var e : adjusted.entrySet()) {
      PriceRule a = adjustments.get(e.getKey());
      Money amount = Money.of(e.getValue(), currency).rounded();
      if (subtotal.plus(amount).isNegative()) amount = subtotal.negate();
      if (amount.isZero()) continue;
      subtotal = subtotal.plus(amount);
      lines.add(
          new QuoteLine(
              QuoteLine.Kind.ADJUSTMENT,
              words.percent(a.label(), a.percent()),
              amount.amount(),
              a.id(),
              null,
              null,
              null,
              a.percent()));
    }

    if (plan != null && plan.percent().signum() > 0 && subtotal.amount().signum() > 0) {
      Money discount = subtotal.times(plan.percent()).times(new BigDecimal("-0.01")).rounded();
      lines.add(
          new QuoteLine(
              QuoteLine.Kind.PLAN_DISCOUNT,
              words.percent(plan.planName(), plan.percent().negate()),
              discount.amount(),
              null,
              null,
              null,
              null,
              plan.percent().negate()));
    }
    return new Quote(sum(lines, currency).rounded().amount(), currency.getCurrencyCode(), lines);
  }

  /**
   * The quote of a booking whose first {@code included.hours()} the member's plan covers: a free
   * INCLUDED line first, then {@code paid}, the quote of the rest of the booking, whose total it
   * keeps. What exceeds the allowance is priced at the member's price for those slots.
   */
  public static Quote withIncluded(Quote paid, Quote.Included included, Locale locale) {
    List<QuoteLine> lines = new ArrayList<>();
    lines.add(
        new QuoteLine(
            QuoteLine.Kind.INCLUDED,
            Wording.of(locale).included(included.hours(), included.left(), included.granted()),
            BigDecimal.ZERO.setScale(paid.total().scale()),
            null,
            included.hours(),
            RateUnit.HOUR,
            null,
            null));
    lines.addAll(paid.lines());
    return new Quote(paid.total(), paid.currency(), lines, included);
  }

  /** A stretch of the booking in which the same rules hold throughout. */
  private record Segment(
      Instant start, Instant end, LocalDate date, PriceRule rate, List<PriceRule> adjustments) {}

  private static List<Segment> segments(Prospect p, List<PriceRule> rules) {
    var cuts = new TreeSet<Instant>();
    cuts.add(p.start());
    cuts.add(p.end());
    Set<LocalTime> edges = new TreeSet<>();
    edges.add(LocalTime.MIDNIGHT);
    for (PriceRule r : rules) {
      if (r.from() != null) edges.add(r.from());
      if (r.to() != null) edges.add(r.to());
    }
    LocalDate last = p.end().atZone(p.zone()).toLocalDate();
    for (LocalDate d = p.start().atZone(p.zone()).toLocalDate();
        !d.isAfter(last);
        d = d.plusDays(1)) {
      for (LocalTime t : edges) {
        Instant cut = ZonedDateTime.of(d, t, p.zone()).toInstant();
        if (cut.isAfter(p.start()) && cut.isBefore(p.end())) cuts.add(cut);
      }
    }
    var segments = new ArrayList<Segment>();
    Instant from = null;
    for (Instant cut : cuts) {
      if (from != null) {
        ZonedDateTime local = from.atZone(p.zone());
        LocalDate date = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        List<PriceRule> rates = holding(rules, RuleKind.RATE, date, time);
        List<PriceRule> adjustments =
            holding(rules, RuleKind.ADJUSTMENT, date, time).stream()
                .sorted(Comparator.comparing(PriceRule::createdAt).thenComparing(PriceRule::id))
                .toList();
        PriceRule rate = rates.stream().min(PriceRule.MOST_SPECIFIC_FIRST).orElse(null);
        segments.add(new Segment(from, cut, date, rate, adjustments));
      }
      from = cut;
    }
    return segments;
  }

  /** The rules of {@code kind} that hold then: the resource's own if any, else the type's. */
  private static List<PriceRule> holding(
      List<PriceRule> rules, RuleKind kind, LocalDate date, LocalTime time) {
    List<PriceRule> hold =
        rules.stream().filter(r -> r.kind() == kind && r.holdsAt(date, time)).toList();
    Predicate<PriceRule> level =
        hold.stream().anyMatch(PriceRule::forResource) ? PriceRule::forResource : r -> true;
    return hold.stream().filter(level).toList();
  }

  /** What charges a segment once: an hour rate every segment, a day rate a day, else a booking. */
  private static String chargeKey(Segment s) {
    return switch (s.rate.unit()) {
      case HOUR -> s.rate.id() + "@" + s.start;
      case DAY -> s.rate.id() + "@" + s.date;
      case BOOKING -> s.rate.id().toString();
    };
  }

  /**
   * What the segment costs before adjustments, exactly: its share of an hourly rate; a day's or a
   * booking's rate in the {@code first} segment of that day or booking, nothing in the others.
   */
  private static BigDecimal charge(Segment s, boolean first) {
    PriceRule rate = s.rate;
    if (rate.unit() == RateUnit.HOUR) {
      return rate.amount()
          .multiply(BigDecimal.valueOf(seconds(s.start, s.end)))
          .divide(HOUR_SECONDS, EXACT);
    }
    return first ? rate.amount() : BigDecimal.ZERO;
  }

  /** Consecutive segments at one rate: one line. */
  private static final class Run {
    final PriceRule rule;
    final Instant start;
    Instant end;
    long seconds;
    final TreeSet<LocalDate> days = new TreeSet<>();
    boolean charged;
    BigDecimal exact = BigDecimal.ZERO;

    Run(PriceRule rule, Instant start) {
      this.rule = rule;
      this.start = start;
      this.end = start;
    }

    void add(Segment s, BigDecimal charge, boolean first) {
      end = s.end;
      seconds += seconds(s.start, s.end);
      if (first) {
        days.add(s.date);
        charged = true;
      }
      exact = exact.add(charge);
    }
  }

  private static Run flush(
      Run run, List<QuoteLine> lines, Prospect p, Wording words, Currency currency) {
    if (run == null) return null;
    PriceRule r = run.rule;
    Money rate = Money.of(r.amount(), currency);
    Money amount = Money.of(run.exact, currency).rounded();
    String what = p.resourceName();
    String span = Wording.span(run.start, run.end, p.zone());
    QuoteLine line =
        switch (r.unit()) {
          case HOUR ->
              rateLine(
                  r,
                  words.hourly(what, span, run.seconds, rate, amount),
                  amount,
                  BigDecimal.valueOf(run.seconds).divide(HOUR_SECONDS, 4, EXACT.getRoundingMode()));
          case DAY ->
              run.days.isEmpty()
                  ? null
                  : rateLine(
                      r,
                      words.daily(
                          what,
                          Wording.dates(run.days.first(), run.days.last()),
                          run.days.size(),
                          rate,
                          amount),
                      amount,
                      BigDecimal.valueOf(run.days.size()));
          case BOOKING ->
              !run.charged
                  ? null
                  : rateLine(r, words.perBooking(what, span, rate), amount, BigDecimal.ONE);
        };
    if (line != null) lines.add(line);
    return null;
  }

  private static QuoteLine rateLine(PriceRule r, String label, Money amount, BigDecimal quantity) {
    return new QuoteLine(
        QuoteLine.Kind.RATE,
        label,
        amount.amount(),
        r.id(),
        plain(quantity),
        r.unit(),
        r.amount(),
        null);
  }

  private static Money sum(List<QuoteLine> lines, Currency currency) {
    Money total = Money.zero(currency);
    for (QuoteLine l : lines) total = total.plus(Money.of(l.amount(), currency));
    return total;
  }

  private static long seconds(Instant from, Instant to) {
    return Duration.between(from, to).toSeconds();
  }

  /** 2, not 2E+0 or 2.0000. */
  private static BigDecimal plain(BigDecimal n) {
    BigDecimal s = n.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
