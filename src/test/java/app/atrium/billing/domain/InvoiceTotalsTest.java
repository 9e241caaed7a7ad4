package app.atrium.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atrium.billing.InvoiceStatus;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceTotalsTest {

  private static final Currency KZT = Currency.getInstance("KZT");
  private static final Currency JPY = Currency.getInstance("JPY");

  private static List<BigDecimal> amounts(String... a) {
    return java.util.Arrays.stream(a).map(BigDecimal::new).toList();
  }

  @Test
  void without_tax_the_seed_invoice_totals_96_300() {
    Totals t = InvoiceTotals.of(amounts("85000", "8000", "900", "2400"), TaxSetting.NONE, KZT);
    assertThat(t.total()).isEqualByComparingTo("96300");
    assertThat(t.subtotal()).isEqualByComparingTo("96300");
    assertThat(t.tax()).isZero();
    assertThat(t.hasTaxLine()).isFalse();
  }

  @Test
  void exclusive_tax_is_added_once_on_the_net_sum_and_rounded_half_up() {
    // 12 % of 100.05 is 12.006 -> 12.01; per-line rounding would differ, the sum is taxed once.
    Totals t =
        InvoiceTotals.of(amounts("33.35", "33.35", "33.35"), TaxSetting.exclusive("12"), KZT);
    assertThat(t.subtotal()).isEqualByComparingTo("100.05");
    assertThat(t.tax()).isEqualByComparingTo("12.01");
    assertThat(t.taxLine()).isEqualByComparingTo("12.01");
    assertThat(t.total()).isEqualByComparingTo("112.06");
  }

  @Test
  void exclusive_tax_rounds_a_half_minor_unit_up() {
    // 12 % of 4.13 is 0.4956: half a tiyn and more rounds up to 0.50.
    Totals t = InvoiceTotals.of(amounts("4.12", "0.01"), TaxSetting.exclusive("12"), KZT);
    assertThat(t.tax()).isEqualByComparingTo("0.50");
  }

  @Test
  void inclusive_tax_is_the_part_of_the_total_and_the_total_stays_the_sum() {
    Totals t = InvoiceTotals.of(amounts("112000"), TaxSetting.inclusive("12"), KZT);
    assertThat(t.total()).isEqualByComparingTo("112000");
    assertThat(t.tax()).isEqualByComparingTo("12000");
    assertThat(t.subtotal()).isEqualByComparingTo("100000");
    assertThat(t.hasTaxLine()).isFalse();
    // 96 300 incl. 12 %: 10 317.857... -> 10 317.86
    Totals seed = InvoiceTotals.of(amounts("96300"), TaxSetting.inclusive("12"), KZT);
    assertThat(seed.tax()).isEqualByComparingTo("10317.86");
    assertThat(seed.subtotal()).isEqualByComparingTo("85982.14");
  }

  @Test
  void discounts_and_freeze_credits_lower_the_taxed_sum() {
    Totals t =
        InvoiceTotals.of(amounts("85000", "-17000", "-2741.94"), TaxSetting.exclusive("12"), KZT);
    assertThat(t.subtotal()).isEqualByComparingTo("65258.06");
    assertThat(t.tax()).isEqualByComparingTo("7830.97");
    assertThat(t.total()).isEqualByComparingTo("73089.03");
  }

  @Test
  void a_currency_without_minor_units_rounds_tax_to_whole_units() {
    Totals t = InvoiceTotals.of(amounts("1005"), TaxSetting.exclusive("10"), JPY);
    assertThat(t.tax()).isEqualByComparingTo("101");
    assertThat(t.total()).isEqualByComparingTo("1106");
  }

  @Test
  void a_line_not_rounded_to_the_minor_unit_is_refused() {
    assertThatThrownBy(() -> InvoiceTotals.of(amounts("10.005"), TaxSetting.NONE, KZT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InvoiceTotals.of(amounts("10.5"), TaxSetting.NONE, JPY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void credit_notes_in_parts_credit_exactly_the_invoices_tax() {
    // Invoice: 3 × 33.35 net, tax 12.01. Crediting each line alone would round 4.002 -> 4.00 three
    // times (12.00); cumulative crediting gets 4.00, 4.00, 4.01.
    TaxSetting tax = TaxSetting.exclusive("12");
    BigDecimal before = BigDecimal.ZERO;
    BigDecimal taxBefore = BigDecimal.ZERO;
    BigDecimal credited = BigDecimal.ZERO;
    for (int i = 0; i < 3; i++) {
      Totals c =
          InvoiceTotals.credit(
              amounts("33.35"), tax, KZT, before, taxBefore, new BigDecimal("12.01"));
      before = before.add(c.subtotal());
      taxBefore = taxBefore.add(c.tax());
      credited = credited.add(c.total());
    }
    assertThat(taxBefore).isEqualByComparingTo("12.01");
    assertThat(credited).isEqualByComparingTo("112.06");
  }

  @Test
  void inclusive_credit_notes_add_up_to_the_invoices_included_tax() {
    TaxSetting tax = TaxSetting.inclusive("12");
    Totals first =
        InvoiceTotals.credit(
            amounts("0.05"), tax, KZT, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("0.01"));
    Totals second =
        InvoiceTotals.credit(
            amounts("0.05"), tax, KZT, new BigDecimal("0.05"), first.tax(), new BigDecimal("0.01"));
    assertThat(first.tax().add(second.tax())).isEqualByComparingTo("0.01");
    assertThat(first.total().add(second.total())).isEqualByComparingTo("0.10");
  }

  @Test
  void a_tax_setting_is_none_with_zero_or_a_rate_between_0_and_100() {
    assertThatThrownBy(() -> new TaxSetting(app.atrium.billing.TaxMode.NONE, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TaxSetting.exclusive("0"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TaxSetting.inclusive("100"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void line_amounts_round_half_up_once() {
    assertThat(LineAmounts.of(new BigDecimal("0.5"), new BigDecimal("0.01"), KZT))
        .isEqualByComparingTo("0.01");
    assertThat(LineAmounts.of(new BigDecimal("3"), new BigDecimal("0.3333"), KZT))
        .isEqualByComparingTo("1.00");
    assertThat(LineAmounts.of(new BigDecimal("45"), new BigDecimal("20"), KZT))
        .isEqualByComparingTo("900");
  }

  @Test
  void the_status_follows_what_is_paid_and_credited() {
    BigDecimal total = new BigDecimal("100");
    assertThat(InvoiceStatusRule.of(total, BigDecimal.ZERO, BigDecimal.ZERO))
        .isEqualTo(InvoiceStatus.ISSUED);
    assertThat(InvoiceStatusRule.of(total, new BigDecimal("40"), BigDecimal.ZERO))
        .isEqualTo(InvoiceStatus.PARTIALLY_PAID);
    assertThat(InvoiceStatusRule.of(total, new BigDecimal("60"), new BigDecimal("40")))
        .isEqualTo(InvoiceStatus.PAID);
    assertThat(InvoiceStatusRule.of(total, BigDecimal.ZERO, total)).isEqualTo(InvoiceStatus.VOID);
    assertThat(InvoiceStatusRule.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO))
        .isEqualTo(InvoiceStatus.PAID);
    assertThat(InvoiceStatusRule.due(total, new BigDecimal("60"), new BigDecimal("40"))).isZero();
  }

  @Test
  void portions_are_taken_in_order_up_to_the_amount() {
    var taken =
        Portions.take(
            List.of(
                new Portions.Portion<>("a", new BigDecimal("30")),
                new Portions.Portion<>("b", BigDecimal.ZERO),
                new Portions.Portion<>("c", new BigDecimal("50"))),
            new BigDecimal("60"));
    assertThat(taken).extracting(Portions.Portion::key).containsExactly("a", "c");
    assertThat(Portions.sum(taken)).isEqualByComparingTo("60");
  }

  @Test
  void numbers_read_prefix_year_and_six_digits() {
    assertThat(DocumentNumber.format("INV", 2027, 1)).isEqualTo("INV-2027-000001");
    assertThat(DocumentNumber.format("CN", 2027, 123456)).isEqualTo("CN-2027-123456");
  }
}
