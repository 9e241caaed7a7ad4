package app.atrium.services.web;

import app.atrium.platform.money.Money;
import app.atrium.services.MonthUsage;
import app.atrium.services.ServiceUsage;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** A member's month of usage as the member card shows it: numbers and money ready to read. */
record UsageView(List<Entry> entries, List<Total> totals, String amount, boolean empty) {

  /** One row; {@code left} is what may still be corrected (originals only). */
  record Entry(
      ServiceUsage usage,
      String when,
      String quantity,
      String included,
      String paid,
      String unitPrice,
      String amount,
      String left,
      boolean correctable) {}

  record Total(
      MonthUsage.Total total, String quantity, String included, String paid, String amount) {}

  static UsageView of(MonthUsage month, ZoneId zone, Locale locale) {
    Currency currency = Currency.getInstance(month.currency());
    DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM, HH:mm", locale);
    Map<UUID, BigDecimal> corrected = new HashMap<>();
    for (ServiceUsage u : month.entries()) {
      if (u.correction()) corrected.merge(u.correctsId(), u.quantity().negate(), BigDecimal::add);
    }
    List<Entry> entries =
        month.entries().stream()
            .map(
                u -> {
                  BigDecimal left =
                      u.correction()
                          ? BigDecimal.ZERO
                          : u.quantity().subtract(corrected.getOrDefault(u.id(), BigDecimal.ZERO));
                  return new Entry(
                      u,
                      u.occurredAt().atZone(zone).format(when),
                      Numbers.plain(u.quantity()),
                      Numbers.plain(u.includedQuantity()),
                      Numbers.plain(u.paidQuantity()),
                      money(u.unitPrice(), currency, locale),
                      money(u.amount(), currency, locale),
                      Numbers.plain(left),
                      left.signum() > 0);
                })
            .toList();
    List<Total> totals =
        month.totals().stream()
            .map(
                t ->
                    new Total(
                        t,
                        Numbers.plain(t.quantity()),
                        Numbers.plain(t.includedQuantity()),
                        Numbers.plain(t.paidQuantity()),
                        money(t.amount(), currency, locale)))
            .toList();
    return new UsageView(
        entries, totals, money(month.amount(), currency, locale), month.entries().isEmpty());
  }

  static String money(BigDecimal amount, Currency currency, Locale locale) {
    return Money.of(amount, currency).format(locale);
  }
}
