package app.atrium.plans;

import app.atrium.platform.money.Money;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A plan of the tenant's catalogue, its amounts in the tenant's currency; allowances ordered by
 * kind, extras in their declared order. {@code allowancePool} says whose balance the allowances
 * feed (the member's or her company's), {@code rollover} whether what is left carries over.
 */
public record Plan(
    UUID id,
    String code,
    String name,
    String description,
    Money price,
    boolean priceFrom,
    PlanPeriod period,
    Workplace workplace,
    List<Allowance> allowances,
    Set<Extra> extras,
    BigDecimal bookingDiscountPercent,
    LocationAccess locationAccess,
    AccessSchedule accessSchedule,
    Money freezeFeePerDay,
    boolean canBookDesks,
    boolean canBookRooms,
    PlanStatus status,
    int sortOrder,
    AllowancePool allowancePool,
    boolean rollover) {

  public Plan {
    allowances = allowances.stream().sorted(Comparator.comparing(Allowance::kind)).toList();
    extras = extras.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(extras));
  }

  /** What the plan includes of {@code kind} per period; empty when nothing. */
  public Optional<Allowance> allowance(AllowanceKind kind) {
    return allowances.stream().filter(a -> a.kind() == kind).findFirst();
  }

  public boolean includes(Extra extra) {
    return extras.contains(extra);
  }

  /** Whether a membership on it holds an assigned desk or office. */
  public boolean assignsWorkspace() {
    return workplace == Workplace.FIXED_DESK || workplace == Workplace.PRIVATE_OFFICE;
  }

  public boolean active() {
    return status == PlanStatus.ACTIVE;
  }
}
