package app.atrium.pricing;

import app.atrium.platform.money.Money;
import app.atrium.services.BookingExtra;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * The price of a booking, explained: {@code total} (in {@code currency}) is the sum of the lines,
 * each already rounded. No line at all means no price rule applies: the booking is free. {@code
 * included} (null when the booking draws on no allowance) says how much of it the member's included
 * hours cover; the lines then price only the rest. {@code extras} (a quote's only, left out when
 * none) are the booking's extras as the member would pay them, one line each; they are billed as
 * her usage, so a booking's frozen price never has any.
 */
public record Quote(
    BigDecimal total,
    String currency,
    List<QuoteLine> lines,
    Included included,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<BookingExtra> extras) {

  public Quote {
    lines = List.copyOf(lines);
    extras = extras == null ? List.of() : List.copyOf(extras);
  }

  /** A quote of the resource alone. */
  public Quote(BigDecimal total, String currency, List<QuoteLine> lines, Included included) {
    this(total, currency, lines, included, List.of());
  }

  /** A quote that draws on no included hours. */
  public Quote(BigDecimal total, String currency, List<QuoteLine> lines) {
    this(total, currency, lines, null);
  }

  /**
   * What the member's included meeting-room hours cover: {@code hours} of the booking are free;
   * {@code left} and {@code granted} are her balance of the month before this booking (both null
   * when unlimited; unknown on a booking read back).
   */
  public record Included(BigDecimal hours, BigDecimal left, BigDecimal granted) {}

  /** This quote with the booking's extras priced. */
  public Quote withExtras(List<BookingExtra> priced) {
    return new Quote(total, currency, lines, included, priced);
  }

  /** The resource's total plus the extras': what the booking costs her in all. */
  @JsonIgnore
  public BigDecimal totalWithExtras() {
    BigDecimal sum = total;
    for (BookingExtra e : extras) sum = sum.add(e.amount());
    return sum;
  }

  /** {@link #totalWithExtras()} where there are extras; left out of the JSON otherwise. */
  @JsonProperty("totalWithExtras")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  BigDecimal totalWithExtrasWhenAny() {
    return extras.isEmpty() ? null : totalWithExtras();
  }

  /** The total as money. */
  @JsonIgnore
  public Money totalMoney() {
    return Money.of(total, Currency.getInstance(currency));
  }

  /** The total with the extras as money. */
  @JsonIgnore
  public Money totalWithExtrasMoney() {
    return Money.of(totalWithExtras(), Currency.getInstance(currency));
  }
}
