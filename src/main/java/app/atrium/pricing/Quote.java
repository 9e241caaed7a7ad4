package app.atrium.pricing;

import app.atrium.platform.money.Money;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * The price of a booking, explained: {@code total} (in {@code currency}) is the sum of the lines,
 * each already rounded. No line at all means no price rule applies: the booking is free. {@code
 * included} (null when the booking draws on no allowance) says how much of it the member's included
 * hours cover; the lines then price only the rest.
 */
public record Quote(BigDecimal total, String currency, List<QuoteLine> lines, Included included) {

  public Quote {
    lines = List.copyOf(lines);
  }

  /** A quote that draws on no included hours. */
  public Quote(BigDecimal total, String currency, List<QuoteLine> lines) {
    this(total, currency, lines, null);
  }

  /**
   * What the booking takes of the member's included meeting-room hours: {@code hours} of it are
   * free; {@code left} and {@code granted} are her balance of the month before this booking (both
   * null when unlimited; unknown on a booking read back).
   */
  public record Included(BigDecimal hours, BigDecimal left, BigDecimal granted) {}

  /** The total as money. */
  @JsonIgnore
  public Money totalMoney() {
    return Money.of(total, Currency.getInstance(currency));
  }
}
