package app.atrium.billing.web;

import app.atrium.billing.SavedMethod;
import app.atrium.platform.money.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** How billing pages write money, months and cards: {@code ${@billingFormat.money(…)}}. */
@Component("billingFormat")
public class BillingFormat {

  public String money(BigDecimal amount, String currency, Locale locale) {
    if (amount == null) return "—";
    return Money.of(amount, Currency.getInstance(currency)).format(locale);
  }

  public String month(YearMonth period, Locale locale) {
    return period == null ? "—" : DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(period);
  }

  public String card(SavedMethod m) {
    String brand =
        m.brand() == null || m.brand().isBlank() ? "" : m.brand().toUpperCase(Locale.ROOT) + " ";
    String exp =
        m.expMonth() == null || m.expYear() == null
            ? ""
            : " · %02d/%02d".formatted(m.expMonth(), m.expYear() % 100);
    return brand + "•••• " + m.last4() + exp;
  }
}
