package app.atrium.booking.web;

import app.atrium.platform.money.Money;
import app.atrium.pricing.Quote;
import app.atrium.pricing.QuoteLine;
import app.atrium.services.BookingExtra;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A quote as the booking screens show it before confirming: one headline ("Free — 2 h 30 min of 5 h
 * left", "1 h included + 3 200 ₸", "4 000 ₸") and the quote's explaining lines; then a line per
 * extra ("Проектор × 1: 2 000 ₸") and, with extras, the total they make with the room.
 */
public record PriceView(
    String headline,
    List<String> lines,
    boolean free,
    List<String> extras,
    String totalWithExtras) {

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
    List<String> extras = quote.extras().stream().map(e -> extra(e, messages, locale)).toList();
    String withExtras =
        extras.isEmpty()
            ? null
            : messages.getMessage(
                "booking.price.totalWithExtras",
                new Object[] {quote.totalWithExtrasMoney().format(locale)},
                locale);
    return new PriceView(headline, lines, free, extras, withExtras);
  }

  /** "Проектор × 1: 2 000 ₸", "… : included", or "…: taken back" once a cancellation did. */
  static String extra(BookingExtra e, MessageSource messages, Locale locale) {
    String amount = Money.of(e.amount(), Currency.getInstance(e.currency())).format(locale);
    if (e.usageId() != null && e.takenBack()) {
      return messages.getMessage("booking.extra.takenBack", new Object[] {e.serviceName()}, locale);
    }
    String key =
        e.includedQuantity().signum() == 0
            ? "booking.extra.paid"
            : e.amount().signum() == 0 ? "booking.extra.included" : "booking.extra.partly";
    return messages.getMessage(
        key,
        new Object[] {
          e.serviceName(),
          e.quantity().stripTrailingZeros().toPlainString(),
          amount,
          e.includedQuantity().stripTrailingZeros().toPlainString()
        },
        locale);
  }

  /** Whether a refusal is about the extras asked for (rather than an incomplete form). */
  static boolean aboutExtras(app.atrium.platform.web.AtriumException e) {
    return e.fields().stream().anyMatch(f -> f.field().startsWith("extras"));
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
