package app.atrium.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTest {

  private static final Locale RU = Locale.of("ru");
  private static final Locale ES = Locale.of("es");
  private static final String NBSP = "\u00a0";

  @Test
  void rounds_half_up_to_the_currency_minor_unit() {
    assertThat(Money.of("10.005", "KZT").rounded().amount()).isEqualByComparingTo("10.01");
    assertThat(Money.of("10.004", "KZT").rounded().amount()).isEqualByComparingTo("10.00");
    assertThat(Money.of("-10.005", "KZT").rounded().amount()).isEqualByComparingTo("-10.01");
    assertThat(Money.of("10.5", "JPY").rounded().amount()).isEqualByComparingTo("11");
    assertThat(Money.of("85000", "KZT").rounded().amount().scale()).isEqualTo(2);
  }

  @Test
  void shows_whole_tenge_without_decimals_in_russian() {
    assertThat(Money.of("85000", "KZT").format(RU)).isEqualTo("85" + NBSP + "000" + NBSP + "₸");
    assertThat(Money.of("85000.00", "KZT").format(RU)).isEqualTo("85" + NBSP + "000" + NBSP + "₸");
    assertThat(Money.of("5000", "KZT").format(RU)).isEqualTo("5" + NBSP + "000" + NBSP + "₸");
  }

  @Test
  void shows_decimals_only_when_the_amount_is_not_whole() {
    assertThat(Money.of("96300.5", "KZT").format(RU))
        .isEqualTo("96" + NBSP + "300,50" + NBSP + "₸");
    assertThat(Money.of("96300.5", "KZT").format(Locale.ENGLISH))
        .isEqualTo("KZT" + NBSP + "96,300.50");
    assertThat(Money.of("0.004", "KZT").format(RU)).isEqualTo("0" + NBSP + "₸");
    assertThat(Money.of("99.995", "KZT").format(Locale.ENGLISH)).isEqualTo("KZT" + NBSP + "100");
  }

  @Test
  void puts_the_iso_code_before_the_number_in_english_and_after_it_in_spanish() {
    assertThat(Money.of("85000", "KZT").format(Locale.ENGLISH)).isEqualTo("KZT" + NBSP + "85,000");
    assertThat(Money.of("85000", "KZT").format(ES)).isEqualTo("85.000" + NBSP + "KZT");
    assertThat(Money.of("1234.5", "EUR").format(ES)).isEqualTo("1.234,50" + NBSP + "€");
    assertThat(Money.of("1234.5", "USD").format(Locale.ENGLISH)).isEqualTo("$1,234.50");
  }

  @Test
  void formats_negative_amounts_with_a_sign() {
    assertThat(Money.of("-8000", "KZT").format(RU)).isEqualTo("-8" + NBSP + "000" + NBSP + "₸");
    assertThat(Money.of("-8000", "KZT").format(Locale.ENGLISH)).isEqualTo("-KZT" + NBSP + "8,000");
  }

  @Test
  void adds_and_subtracts_exactly_within_one_currency() {
    Money invoice =
        Money.of("85000", "KZT")
            .plus(Money.of("8000", "KZT"))
            .plus(Money.of("900", "KZT"))
            .plus(Money.of("2400", "KZT"));
    assertThat(invoice).isEqualTo(Money.of("96300.00", "KZT"));
    assertThat(invoice.minus(Money.of("96300", "KZT")).isZero()).isTrue();
    assertThat(Money.of("0.1", "KZT").plus(Money.of("0.2", "KZT")).amount())
        .isEqualByComparingTo("0.3");
  }

  @Test
  void refuses_to_mix_currencies() {
    assertThatThrownBy(() -> Money.of("1", "KZT").plus(Money.of("1", "USD")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("KZT")
        .hasMessageContaining("USD");
  }

  @Test
  void takes_a_percentage_off_exactly() {
    // The seed's room overage: 5 000 ₸/h list price less the residents' 20 %, for 2 hours.
    assertThat(Money.of("5000", "KZT").percentOff(new BigDecimal("20")).times(2))
        .isEqualTo(Money.of("8000", "KZT"));
    assertThat(Money.of("333.33", "KZT").percentOff(new BigDecimal("12.5")).amount())
        .isEqualByComparingTo("291.66375");
  }

  @Test
  void prorates_by_days_and_rounds_once_half_up() {
    // 85 000 for 10 of 31 days = 27 419.354838… → 27 419.35
    assertThat(Money.of("85000", "KZT").prorated(10, 31).amount()).isEqualByComparingTo("27419.35");
    // 45 000 for 15 of 30 days is exact
    assertThat(Money.of("45000", "KZT").prorated(15, 30)).isEqualTo(Money.of("22500", "KZT"));
    // 0.05 × 1/2 = 0.025 → 0.03 (half-up, not half-even)
    assertThat(Money.of("0.05", "KZT").prorated(1, 2).amount()).isEqualByComparingTo("0.03");
  }

  @Test
  void equal_amounts_are_equal_whatever_their_scale() {
    assertThat(Money.of("85000", "KZT")).isEqualTo(Money.of("85000.00", "KZT"));
    assertThat(Money.of("85000", "KZT").hashCode())
        .isEqualTo(Money.of("85000.00", "KZT").hashCode());
    assertThat(Money.of("85000", "KZT")).isNotEqualTo(Money.of("85000", "USD"));
    assertThat(Money.of("1", "KZT")).isLessThan(Money.of("1.01", "KZT"));
  }
}
