package app.atrium.plans.domain;

import app.atrium.plans.AllowanceKind;
import app.atrium.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an upgrade on {@code on} changes in its month, over the {@code remaining} days: a credit of
 * the old plan's share for them, a charge of the new plan's share (with freeze-fee differences on
 * frozen days, where the plans' fees differ), {@code total} the sum; and the allowance the new plan
 * adds for those days (null: unlimited).
 */
public record UpgradePreview(
    LocalDate on,
    YearMonth month,
    Days remaining,
    List<FeeLine> lines,
    Money total,
    Map<AllowanceKind, BigDecimal> allowanceAdded) {

  public UpgradePreview {
    lines = List.copyOf(lines);
    var copy = new EnumMap<AllowanceKind, BigDecimal>(AllowanceKind.class);
    copy.putAll(allowanceAdded);
    allowanceAdded = Collections.unmodifiableMap(copy);
  }
}
