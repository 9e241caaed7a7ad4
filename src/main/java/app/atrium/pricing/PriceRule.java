package app.atrium.pricing;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * A price rule of a resource type or of one resource ({@code resourceId} set: it overrides the
 * type's rules wherever it applies), in the tenant's currency. A RATE has {@code amount} per {@code
 * unit}; an ADJUSTMENT has a {@code percent}. Conditions left null always hold: {@code weekdays}
 * (ISO numbers, Monday 1), the time band {@code from}–{@code to} (local time at the location,
 * {@code to} null meaning midnight), and the dates {@code validFrom}–{@code validTo} inclusive.
 */
public record PriceRule(
    UUID id,
    UUID resourceTypeId,
    UUID resourceId,
    RuleKind kind,
    String label,
    BigDecimal amount,
    RateUnit unit,
    BigDecimal percent,
    List<Integer> weekdays,
    @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "HH:mm") LocalTime from,
    @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "HH:mm") LocalTime to,
    LocalDate validFrom,
    LocalDate validTo,
    Instant createdAt) {

  public PriceRule {
    weekdays = weekdays == null ? null : weekdays.stream().distinct().sorted().toList();
  }

  /** Whether the rule belongs to one resource (rather than to its whole type). */
  public boolean forResource() {
    return resourceId != null;
  }

  /** Its weekdays, or every day. */
  public EnumSet<DayOfWeek> days() {
    if (weekdays == null) return EnumSet.allOf(DayOfWeek.class);
    EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (int d : weekdays) days.add(DayOfWeek.of(d));
    return days;
  }

  public boolean banded() {
    return from != null || to != null;
  }

  public boolean dated() {
    return validFrom != null || validTo != null;
  }

  /** Whether the rule holds at local {@code date} and {@code time}. */
  public boolean holdsAt(LocalDate date, LocalTime time) {
    if (weekdays != null && !weekdays.contains(date.getDayOfWeek().getValue())) return false;
    if (validFrom != null && date.isBefore(validFrom)) return false;
    if (validTo != null && date.isAfter(validTo)) return false;
    if (from != null && time.isBefore(from)) return false;
    if (to != null && !time.isBefore(to)) return false;
    return true;
  }

  /**
   * The order in which rules of one level compete, most specific first: a dated rule (a promotion)
   * before an undated one, a banded before an all-day one, one for some weekdays before one for
   * every day; among equals, the newest.
   */
  public static final Comparator<PriceRule> MOST_SPECIFIC_FIRST =
      Comparator.comparing((PriceRule r) -> !r.dated())
          .thenComparing(r -> !r.banded())
          .thenComparing(r -> r.weekdays() == null)
          .thenComparing(PriceRule::createdAt, Comparator.reverseOrder())
          .thenComparing(PriceRule::id);
}
