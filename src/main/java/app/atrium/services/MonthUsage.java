package app.atrium.services;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * A member's usage of services in one month: every row (corrections included) in the order it
 * happened, the sums per service, and the amount to pay so far in {@code currency}.
 */
public record MonthUsage(
    UUID memberId,
    YearMonth month,
    String currency,
    List<ServiceUsage> entries,
    List<Total> totals,
    BigDecimal amount) {

  public MonthUsage {
    entries = List.copyOf(entries);
    totals = List.copyOf(totals);
  }

  /** One service's sums in the month, corrections netted. */
  public record Total(
      UUID serviceId,
      String serviceCode,
      String serviceName,
      AddOnUnit unit,
      BigDecimal quantity,
      BigDecimal includedQuantity,
      BigDecimal paidQuantity,
      BigDecimal amount) {}
}
