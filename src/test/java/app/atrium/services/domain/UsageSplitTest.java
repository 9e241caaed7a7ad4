package app.atrium.services.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atrium.services.domain.UsageSplit.AllowanceReturn;
import app.atrium.services.domain.UsageSplit.Correction;
import app.atrium.services.domain.UsageSplit.Quantities;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class UsageSplitTest {

  private static final Currency KZT = Currency.getInstance("KZT");
  private static final BigDecimal TWENTY = new BigDecimal("20");

  private static BigDecimal n(String s) {
    return new BigDecimal(s);
  }

  @Test
  void what_the_allowance_does_not_cover_is_paid_at_the_unit_price() {
    var split = UsageSplit.of(n("85"), false, n("40"), TWENTY, KZT);
    assertThat(split.included()).isEqualByComparingTo("40");
    assertThat(split.paid()).isEqualByComparingTo("45");
    assertThat(split.amount()).isEqualByComparingTo("900");
  }

  @Test
  void a_plan_included_service_is_all_included_and_free() {
    var split = UsageSplit.of(n("3"), true, BigDecimal.ZERO, n("500"), KZT);
    assertThat(split.included()).isEqualByComparingTo("3");
    assertThat(split.paid()).isEqualByComparingTo("0");
    assertThat(split.amount()).isEqualByComparingTo("0");
  }

  @Test
  void amounts_are_rounded_half_up_to_the_minor_unit() {
    assertThat(UsageSplit.of(n("1.5"), false, BigDecimal.ZERO, n("333.33"), KZT).amount())
        .isEqualByComparingTo("500.00"); // 499.995
    assertThat(UsageSplit.price(n("0.25"), n("0.10"), Currency.getInstance("JPY")))
        .isEqualByComparingTo("0");
  }

  @Test
  void a_correction_takes_back_paid_units_before_included_ones() {
    Quantities entry = new Quantities(n("85"), n("40"), n("45"), n("900"));
    Correction c = UsageSplit.correct(entry, Quantities.NONE, n("50"), true, false, TWENTY, KZT);
    assertThat(c.paid()).isEqualByComparingTo("45");
    assertThat(c.included()).isEqualByComparingTo("5");
    assertThat(c.amount()).isEqualByComparingTo("900");
    assertThat(c.allowance()).isEqualTo(new AllowanceReturn.Credit(n("5")));
  }

  @Test
  void taking_back_all_included_units_at_once_gives_the_entrys_use_back_whole() {
    Quantities entry = new Quantities(n("10"), n("10"), n("0"), n("0"));
    Correction c = UsageSplit.correct(entry, Quantities.NONE, n("10"), true, false, TWENTY, KZT);
    assertThat(c.allowance()).isEqualTo(new AllowanceReturn.GiveBackEntry(n("10")));
  }

  @Test
  void after_a_partial_give_back_the_rest_is_credited_for_a_limited_allowance() {
    Quantities entry = new Quantities(n("10"), n("10"), n("0"), n("0"));
    Quantities before = new Quantities(n("4"), n("4"), n("0"), n("0"));
    Correction c = UsageSplit.correct(entry, before, n("6"), true, false, TWENTY, KZT);
    assertThat(c.allowance()).isEqualTo(new AllowanceReturn.Credit(n("6")));
  }

  @Test
  void an_unlimited_allowance_gets_its_use_back_only_with_the_last_unit() {
    Quantities entry = new Quantities(n("3"), n("3"), n("0"), n("0"));
    Correction part = UsageSplit.correct(entry, Quantities.NONE, n("1"), true, true, TWENTY, KZT);
    assertThat(part.allowance()).isEqualTo(new AllowanceReturn.None());
    Quantities before = new Quantities(n("1"), n("1"), n("0"), n("0"));
    Correction rest = UsageSplit.correct(entry, before, n("2"), true, true, TWENTY, KZT);
    assertThat(rest.allowance()).isEqualTo(new AllowanceReturn.GiveBackEntry(n("3")));
  }

  @Test
  void plan_included_and_paid_units_give_nothing_back_to_an_allowance() {
    Quantities planIncluded = new Quantities(n("3"), n("3"), n("0"), n("0"));
    assertThat(
            UsageSplit.correct(planIncluded, Quantities.NONE, n("3"), false, false, n("500"), KZT)
                .allowance())
        .isEqualTo(new AllowanceReturn.None());
    Quantities paid = new Quantities(n("85"), n("40"), n("45"), n("900"));
    assertThat(
            UsageSplit.correct(paid, Quantities.NONE, n("45"), true, false, TWENTY, KZT)
                .allowance())
        .isEqualTo(new AllowanceReturn.None());
  }

  @Test
  void the_last_paid_unit_refunds_exactly_what_is_left_so_a_full_correction_nets_to_zero() {
    // 3 × 333.33 per 1.5 h: 499.995 → 500.00; taking back 0.5 then 1.0 must refund 500.00 in all.
    Quantities entry = new Quantities(n("1.5"), n("0"), n("1.5"), n("500.00"));
    Correction first =
        UsageSplit.correct(entry, Quantities.NONE, n("0.5"), false, false, n("333.33"), KZT);
    assertThat(first.amount()).isEqualByComparingTo("166.67");
    Quantities taken = new Quantities(n("0.5"), n("0"), n("0.5"), first.amount());
    Correction rest = UsageSplit.correct(entry, taken, n("1.0"), false, false, n("333.33"), KZT);
    assertThat(first.amount().add(rest.amount())).isEqualByComparingTo("500.00");
  }

  @Test
  void more_than_is_left_cannot_be_taken_back() {
    Quantities entry = new Quantities(n("2"), n("0"), n("2"), n("600"));
    Quantities before = new Quantities(n("1"), n("0"), n("1"), n("300"));
    assertThatThrownBy(() -> UsageSplit.correct(entry, before, n("2"), false, false, n("300"), KZT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> UsageSplit.correct(entry, before, n("0"), false, false, n("300"), KZT))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
