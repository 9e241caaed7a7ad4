package app.atrium.pricing;

import app.atrium.platform.money.Money;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * The price of a booking, explained: {@code total} (in {@code currency}) is the sum of the lines,
 * each already rounded. No line at all means no price rule applies: the booking is free.
 */
public record Quote(BigDecimal total, String currency, List<QuoteLine> lines) {

  public Quote {
    lines = List.copyOf(lines);
  }

  /** The total as money. */
  @JsonIgnore
  public Money totalMoney() {
    return Money.of(total, Currency.getInstance(currency));
  }
}
