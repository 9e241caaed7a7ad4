package app.atrium.pricing.domain;

import app.atrium.platform.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How quote lines read in Russian, English and Spanish (the tenant's language; a quote is frozen on
 * a booking as it was shown). Amounts use {@link Money#format}; other numbers the language's
 * digits.
 */
final class Wording {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");
  private static final String MINUS = "\u2212";

  private final Locale locale;
  private final String hours;
  private final String minutes;
  private final String day;
  private final String days;
  private final String perBooking;
  private final String includedLabel;
  private final String leftLabel;
  private final String ofLabel;

  private Wording(
      Locale locale,
      String hours,
      String minutes,
      String day,
      String days,
      String perBooking,
      String includedLabel,
      String leftLabel,
      String ofLabel) {
    this.locale = locale;
    this.hours = hours;
    this.minutes = minutes;
    this.day = day;
    this.days = days;
    this.perBooking = perBooking;
    this.includedLabel = includedLabel;
    this.leftLabel = leftLabel;
    this.ofLabel = ofLabel;
  }

  static Wording of(Locale locale) {
    return switch (locale.getLanguage()) {
      case "ru" ->
          new Wording(
              locale,
              "ч",
              "мин",
              "дн.",
              "дн.",
              "за бронирование",
              "Включено в тариф",
              "осталось",
              "из");
      case "es" ->
          new Wording(
              locale,
              "h",
              "min",
              "día",
              "días",
              "por reserva",
              "Incluido en el plan",
              "quedaban",
              "de");
      default ->
          new Wording(
              Locale.ENGLISH,
              "h",
              "min",
              "day",
              "days",
              "per booking",
              "Included in the plan",
              "left",
              "of");
    };
  }

  /** "Зал А 14:00–16:00: 2 ч × 5 000 ₸ = 10 000 ₸"; minutes when hours would need rounding. */
  String hourly(String what, String span, long seconds, Money rate, Money amount) {
    BigDecimal secs = BigDecimal.valueOf(seconds);
    BigDecimal h = secs.divide(BigDecimal.valueOf(3600), 6, RoundingMode.HALF_UP);
    String quantity;
    String price = rate.format(locale);
    if (h.stripTrailingZeros().scale() <= 2) {
      quantity = number(h) + " " + hours;
    } else {
      quantity = number(secs.divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP));
      quantity += " " + minutes;
      price += "/" + hours;
    }
    return what + " " + span + ": " + quantity + " × " + price + " = " + amount.format(locale);
  }

  /** "Парковка 15.01–16.01: 2 дн. × 1 500 ₸ = 3 000 ₸". */
  String daily(String what, String dates, long count, Money rate, Money amount) {
    return what
        + " "
        + dates
        + ": "
        + count
        + " "
        + (count == 1 ? day : days)
        + " × "
        + rate.format(locale)
        + " = "
        + amount.format(locale);
  }

  /** "Проектор 14:00–16:00: 2 000 ₸ за бронирование". */
  String perBooking(String what, String span, Money amount) {
    return what + " " + span + ": " + amount.format(locale) + " " + perBooking;
  }

  /** "Включено в тариф: 1 ч (было 2 ч 30 мин из 5 ч)"; without a limit just the first part. */
  String included(BigDecimal quantity, BigDecimal left, BigDecimal granted) {
    String head = includedLabel + ": " + duration(quantity);
    if (left == null || granted == null) return head;
    return head
        + " ("
        + leftLabel
        + " "
        + duration(left)
        + " "
        + ofLabel
        + " "
        + duration(granted)
        + ")";
  }

  /** "2 ч 30 мин", "45 мин", "5 ч". */
  String duration(BigDecimal hoursValue) {
    long total =
        hoursValue.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).longValue();
    long h = total / 60;
    long m = total % 60;
    if (h == 0) return m + " " + minutes;
    if (m == 0) return h + " " + hours;
    return h + " " + hours + " " + m + " " + minutes;
  }

  /** "Выходные −30%", "Резидент −20%". */
  String percent(String label, BigDecimal percent) {
    String sign = percent.signum() < 0 ? MINUS : "+";
    return label + " " + sign + number(percent.abs()) + "%";
  }

  /** "14:00–16:00" within a day (midnight as 24:00), else "15.01 22:00 – 16.01 02:00". */
  static String span(Instant start, Instant end, ZoneId zone) {
    ZonedDateTime s = start.atZone(zone);
    ZonedDateTime e = end.atZone(zone);
    if (e.toLocalDate().equals(s.toLocalDate())) {
      return s.format(TIME) + "–" + e.format(TIME);
    }
    if (e.toLocalDate().equals(s.toLocalDate().plusDays(1))
        && e.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return s.format(TIME) + "–24:00";
    }
    return s.format(DAY) + " " + s.format(TIME) + " – " + e.format(DAY) + " " + e.format(TIME);
  }

  /** "15.01" or "15.01–16.01". */
  static String dates(LocalDate first, LocalDate last) {
    return first.equals(last) ? first.format(DAY) : first.format(DAY) + "–" + last.format(DAY);
  }

  private String number(BigDecimal n) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMaximumFractionDigits(2);
    f.setMinimumFractionDigits(0);
    return f.format(n);
  }
}
