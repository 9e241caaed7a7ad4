package app.atrium.pricing.web;

import app.atrium.platform.money.Money;
import app.atrium.pricing.PriceRule;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A price rule as the list page shows it: for what, how much, and when. */
record RuleView(
    PriceRule rule, String scope, String price, String days, String band, String dates) {

  private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  static RuleView of(PriceRule r, Map<String, String> scopes, Currency currency, Locale locale) {
    String scope =
        r.resourceId() != null
            ? scopes.getOrDefault("resource:" + r.resourceId(), "")
            : scopes.getOrDefault("type:" + r.resourceTypeId(), "");
    String price;
    if (r.amount() != null) {
      price = Money.of(r.amount(), currency).format(locale);
    } else {
      NumberFormat n = NumberFormat.getNumberInstance(locale);
      n.setMaximumFractionDigits(2);
      price = (r.percent().signum() < 0 ? "\u2212" : "+") + n.format(r.percent().abs()) + "%";
    }
    String days =
        r.weekdays() == null
            ? ""
            : r.weekdays().stream()
                .map(d -> DayOfWeek.of(d).getDisplayName(TextStyle.SHORT, locale))
                .collect(Collectors.joining(", "));
    String band =
        r.banded()
            ? (r.from() == null ? "00:00" : r.from().format(HHMM))
                + "–"
                + (r.to() == null ? "24:00" : r.to().format(HHMM))
            : "";
    String dates =
        r.dated()
            ? (r.validFrom() == null ? "…" : r.validFrom().format(DAY))
                + "–"
                + (r.validTo() == null ? "…" : r.validTo().format(DAY))
            : "";
    return new RuleView(r, scope, price, days, band, dates);
  }
}
