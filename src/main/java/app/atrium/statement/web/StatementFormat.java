package app.atrium.statement.web;

import app.atrium.platform.money.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Amounts and quantities as the statement page shows them ({@code @statementFormat} in views). */
@Component("statementFormat")
class StatementFormat {

  public String money(BigDecimal amount, String currency, Locale locale) {
    return Money.of(amount == null ? BigDecimal.ZERO : amount, Currency.getInstance(currency))
        .rounded()
        .format(locale);
  }

  public String number(BigDecimal value, Locale locale) {
    if (value == null) return "∞";
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMaximumFractionDigits(2);
    return f.format(value);
  }
}
