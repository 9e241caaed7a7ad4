package app.atrium.plans;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a membership grants for one billing period (a calendar month): per allowance kind the
 * quantity, already prorated for a partial month (and, as the lifecycle grows, for freezes and plan
 * changes); a kind mapped to null is unlimited, a kind absent is not included. {@code pool} says
 * whose balance it feeds: the member's own, or her company's shared one; {@code rollover} whether
 * what is left carries into the next period.
 */
public record Entitlement(
    UUID membershipId,
    UUID memberId,
    YearMonth period,
    Map<AllowanceKind, BigDecimal> quantities,
    AllowancePool pool,
    boolean rollover) {

  public Entitlement {
    var copy = new EnumMap<AllowanceKind, BigDecimal>(AllowanceKind.class);
    copy.putAll(quantities);
    quantities = Collections.unmodifiableMap(copy);
  }

  /** Whether the period grants any of {@code kind} (a quantity or unlimited). */
  public boolean includes(AllowanceKind kind) {
    return quantities.containsKey(kind);
  }
}
