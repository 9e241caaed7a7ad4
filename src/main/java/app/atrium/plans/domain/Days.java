package app.atrium.plans.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A run of whole days from {@code first} to {@code last}, both inclusive; no last: no end yet. */
public record Days(LocalDate first, LocalDate last) {

  public Days {
    Objects.requireNonNull(first, "first");
    if (last != null && last.isBefore(first)) {
      throw new IllegalArgumentException("last " + last + " is before first " + first);
    }
  }

  public static Days of(LocalDate first, LocalDate last) {
    return new Days(first, last);
  }

  public static Days from(LocalDate first) {
    return new Days(first, null);
  }

  public static Days of(YearMonth month) {
    return new Days(month.atDay(1), month.atEndOfMonth());
  }

  public boolean bounded() {
    return last != null;
  }

  /** How many days; only for a bounded run. */
  public long count() {
    if (last == null) throw new IllegalStateException("an open run of days has no count");
    return ChronoUnit.DAYS.between(first, last) + 1;
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(first) && (last == null || !day.isAfter(last));
  }

  /** The days both runs share, if any. */
  public Optional<Days> intersect(Days other) {
    LocalDate f = first.isAfter(other.first) ? first : other.first;
    LocalDate l;
    if (last == null) l = other.last;
    else if (other.last == null) l = last;
    else l = last.isBefore(other.last) ? last : other.last;
    if (l != null && l.isBefore(f)) return Optional.empty();
    return Optional.of(new Days(f, l));
  }

  public boolean overlaps(Days other) {
    return intersect(other).isPresent();
  }

  /**
   * These days without {@code holes}, as bounded runs in order (this run must be bounded): what is
   * left of a month once its frozen days are taken out.
   */
  public List<Days> minus(List<Days> holes) {
    if (last == null) throw new IllegalStateException("only a bounded run can be cut");
    List<Days> sorted = new ArrayList<>(holes);
    sorted.sort(Comparator.comparing(Days::first));
    List<Days> out = new ArrayList<>();
    LocalDate cursor = first;
    for (Days h : sorted) {
      if (cursor.isAfter(last)) break;
      if (h.last != null && h.last.isBefore(cursor)) continue;
      if (h.first.isAfter(last)) break;
      if (h.first.isAfter(cursor)) out.add(new Days(cursor, h.first.minusDays(1)));
      if (h.last == null) return out;
      if (h.last.plusDays(1).isAfter(cursor)) cursor = h.last.plusDays(1);
    }
    if (!cursor.isAfter(last)) out.add(new Days(cursor, last));
    return out;
  }

  /** The number of days of this bounded run that no hole covers. */
  public long countWithout(List<Days> holes) {
    return minus(holes).stream().mapToLong(Days::count).sum();
  }

  @Override
  public String toString() {
    return first + ".." + (last == null ? "" : last);
  }
}
