package app.atrium.booking.web;

import app.atrium.pricing.Quote;
import app.atrium.pricing.QuoteLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A quote as the booking screens show it before confirming: one headline ("Free — 2 h 30 min of 5 h
 * left", "1 h included + 3 200 ₸", "4 000 ₸") and the quote's explaining lines.
 */
public record PriceView(String headline, List<String> lines, boolean free) {

  static PriceView of(Quote quote, MessageSource messages, Locale locale) {
    String total = quote.totalMoney().format(locale);
    Quote.Included inc = quote.included();
    List<String> lines = quote.lines().stream().map(QuoteLine::label).toList();
    boolean free = quote.total().signum() == 0;
    String headline;
    if (inc != null && inc.hours().signum() > 0 && free) {
      headline =
          inc.left() == null
              ? messages.getMessage("booking.price.includedUnlimited", null, locale)
              : messages.getMessage(
                  "booking.price.free",
                  new Object[] {
                    duration(inc.left(), messages, locale),
                    duration(inc.granted(), messages, locale)
                  },
                  locale);
    } else if (inc != null && inc.hours().signum() > 0) {
      headline =
          messages.getMessage(
              "booking.price.split",
              new Object[] {duration(inc.hours(), messages, locale), total},
              locale);
    } else if (inc != null && inc.left() != null && inc.left().signum() == 0) {
      headline = messages.getMessage("booking.price.usedUp", new Object[] {total}, locale);
    } else {
      headline = free ? messages.getMessage("booking.price.nothing", null, locale) : total;
    }
    return new PriceView(headline, lines, free);
  }

  /** "2 h 30 min", "45 min", "5 h" in the page's language. */
  static String duration(BigDecimal hours, MessageSource messages, Locale locale) {
    long minutes =
        hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).longValue();
    long h = minutes / 60;
    long m = minutes % 60;
    if (h == 0) return messages.getMessage("booking.minutes", new Object[] {m}, locale);
    if (m == 0) return messages.getMessage("booking.hours", new Object[] {h}, locale);
    return messages.getMessage("booking.hoursMinutes", new Object[] {h, m}, locale);
  }
}
