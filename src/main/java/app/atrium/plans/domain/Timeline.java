package app.atrium.plans.domain;

import app.atrium.plans.Plan;
import app.atrium.platform.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A membership as the money and allowance rules see it: its plans one after the other, from the
 * start to the end (the last span open when the membership has no end), its frozen days, and its
 * add-ons (clipped to the membership by whoever builds it), in one {@code currency}.
 */
public record Timeline(
    Currency currency, List<PlanSpan> plans, List<Days> freezes, List<AddOnSpan> addOns) {

  public Timeline {
    plans = plans.stream().sorted(Comparator.comparing(s -> s.days().first())).toList();
    for (int i = 0; i + 1 < plans.size(); i++) {
      Days a = plans.get(i).days();
      Days b = plans.get(i + 1).days();
      if (!a.bounded() || !a.last().plusDays(1).equals(b.first())) {
        throw new IllegalArgumentException("plan spans must follow each other: " + a + ", " + b);
      }
    }
    freezes = freezes.stream().sorted(Comparator.comparing(Days::first)).toList();
    addOns = List.copyOf(addOns);
  }

  public static Timeline of(Currency currency, List<PlanSpan> plans, List<Days> freezes) {
    return new Timeline(currency, plans, freezes, List.of());
  }

  /** The first day; none without plans. */
  public Optional<LocalDate> start() {
    return plans.isEmpty() ? Optional.empty() : Optional.of(plans.getFirst().days().first());
  }

  /** The last day, or null while it has no end. */
  public LocalDate end() {
    return plans.isEmpty() ? null : plans.getLast().days().last();
  }

  /** All the days it runs, or empty without plans. */
  public Optional<Days> span() {
    return start().map(s -> new Days(s, end()));
  }

  public Optional<PlanSpan> planOn(LocalDate day) {
    return plans.stream().filter(s -> s.days().contains(day)).findFirst();
  }

  public boolean frozenOn(LocalDate day) {
    return freezes.stream().anyMatch(f -> f.contains(day));
  }

  /**
   * The same membership moved to {@code plan} at {@code price} from {@code day} on: the span in
   * force then ends the day before, later spans (scheduled changes) are dropped.
   */
  public Timeline withPlanFrom(LocalDate day, Plan plan, Money price) {
    LocalDate end = end();
    if (!span().map(s -> s.contains(day)).orElse(false)) {
      throw new IllegalArgumentException(day + " is outside the membership");
    }
    List<PlanSpan> kept = new ArrayList<>();
    for (PlanSpan s : plans) {
      if (!s.days().first().isBefore(day)) break;
      kept.add(
          s.days().contains(day) ? s.withDays(Days.of(s.days().first(), day.minusDays(1))) : s);
    }
    kept.add(new PlanSpan(new Days(day, end), plan, price));
    return new Timeline(currency, kept, freezes, addOns);
  }

  Money zero() {
    return Money.zero(currency);
  }
}
