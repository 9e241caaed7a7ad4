package app.atrium.plans.domain;

import app.atrium.platform.money.Money;
import java.time.YearMonth;
import java.util.List;

/** What a membership costs in {@code month}: its lines, and their sum. */
public record Fee(YearMonth month, List<FeeLine> lines, Money total) {

  public Fee {
    lines = List.copyOf(lines);
  }

  static Fee of(YearMonth month, List<FeeLine> lines, Money zero) {
    Money total = zero;
    for (FeeLine l : lines) total = total.plus(l.amount());
    return new Fee(month, lines, total.rounded());
  }
}
