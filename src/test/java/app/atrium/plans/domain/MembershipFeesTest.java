package app.atrium.plans.domain;

import static app.atrium.plans.domain.DomainPlans.DAY;
import static app.atrium.plans.domain.DomainPlans.FLEX;
import static app.atrium.plans.domain.DomainPlans.KZT;
import static app.atrium.plans.domain.DomainPlans.RESIDENT;
import static app.atrium.plans.domain.DomainPlans.days;
import static app.atrium.plans.domain.DomainPlans.kzt;
import static app.atrium.plans.domain.DomainPlans.span;
import static app.atrium.plans.domain.DomainPlans.timeline;
import static app.atrium.plans.domain.DomainPlans.withFreezeFee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.atrium.plans.Extra;
import app.atrium.plans.Plan;
import app.atrium.plans.domain.FeeLine.Kind;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MembershipFeesTest {

  private static final YearMonth NOV_2026 = YearMonth.of(2026, 11);
  private static final YearMonth FEB_2027 = YearMonth.of(2027, 2);
  private static final YearMonth FEB_2028 = YearMonth.of(2028, 2);
  private static final YearMonth JAN_2028 = YearMonth.of(2028, 1);

  @ParameterizedTest(name = "{0}: the whole month is the monthly price")
  @CsvSource({"2026-11", "2026-12", "2027-02", "2028-02", "2026-04"})
  void a_whole_month_costs_the_monthly_price_whatever_its_length(String month) {
    Fee fee =
        MembershipFees.forMonth(
            YearMonth.parse(month), timeline(List.of(span(RESIDENT, "2026-01-01", null))));
    assertThat(fee.total()).isEqualTo(kzt("85000"));
    assertThat(fee.lines())
        .singleElement()
        .satisfies(l -> assertThat(l.kind()).isEqualTo(Kind.MEMBERSHIP));
    assertThat(fee.lines().getFirst().dayCount()).isEqualTo(YearMonth.parse(month).lengthOfMonth());
  }

  @Test
  void a_start_mid_month_pays_from_the_start_day_inclusive_in_a_leap_february() {
    Fee fee =
        MembershipFees.forMonth(FEB_2028, timeline(List.of(span(RESIDENT, "2028-02-15", null))));
    FeeLine line = fee.lines().getFirst();
    assertThat(line.dayCount()).isEqualTo(15);
    assertThat(line.daysInMonth()).isEqualTo(29);
    assertThat(line.days()).isEqualTo(days("2028-02-15", "2028-02-29"));
    // 85 000 × 15 / 29 = 43 965.517… → 43 965.52
    assertThat(fee.total()).isEqualTo(kzt("43965.52"));
  }

  @Test
  void a_start_on_the_first_day_is_a_whole_month_and_on_the_last_day_one_day() {
    assertThat(
            MembershipFees.forMonth(
                    YearMonth.of(2026, 12), timeline(List.of(span(RESIDENT, "2026-12-01", null))))
                .total())
        .isEqualTo(kzt("85000"));
    // 85 000 / 31 = 2 741.935… → 2 741.94
    assertThat(
            MembershipFees.forMonth(
                    YearMonth.of(2026, 12), timeline(List.of(span(RESIDENT, "2026-12-31", null))))
                .total())
        .isEqualTo(kzt("2741.94"));
  }

  @Test
  void an_end_mid_month_pays_to_the_end_day_inclusive_and_nothing_after() {
    Timeline t = timeline(List.of(span(RESIDENT, "2026-06-15", "2027-02-14")));
    assertThat(MembershipFees.forMonth(FEB_2027, t).total())
        .isEqualTo(kzt("42500")); // 85 000 × 14 / 28
    assertThat(MembershipFees.forMonth(YearMonth.of(2027, 3), t).lines()).isEmpty();
    assertThat(MembershipFees.forMonth(YearMonth.of(2027, 3), t).total()).isEqualTo(kzt("0"));
    assertThat(MembershipFees.forMonth(YearMonth.of(2026, 5), t).lines()).isEmpty();
  }

  @ParameterizedTest(name = "{0} × {1}/{2} = {3}")
  @CsvSource({
    // exact ties at half a tiyn round up, never to even
    "45000.15, 2026-11-30, 2026-11, 1500.01",
    "45000.06, 2027-02-28, 2027-02, 1607.15",
    "0.15, 2026-11-30, 2026-11, 0.01",
    "45000, 2028-02-29, 2028-02, 1551.72",
    "45000, 2026-12-31, 2026-12, 1451.61"
  })
  void each_line_is_rounded_half_up_to_the_tiyn(
      String price, String start, String month, String expected) {
    Fee fee =
        MembershipFees.forMonth(
            YearMonth.parse(month), timeline(List.of(span(FLEX, price, start, null))));
    assertThat(fee.total()).isEqualTo(kzt(expected));
  }

  @Test
  void frozen_days_are_not_charged_and_cost_the_freeze_fee_across_a_month_end() {
    Plan resident = withFreezeFee(RESIDENT, "1000");
    Timeline t =
        timeline(List.of(span(resident, "2027-06-01", null)), days("2028-01-25", "2028-02-05"));

    Fee jan = MembershipFees.forMonth(JAN_2028, t);
    assertThat(jan.lines())
        .extracting(FeeLine::kind, FeeLine::dayCount, FeeLine::amount)
        .containsExactly(
            tuple(Kind.MEMBERSHIP, 24L, kzt("65806.45")), tuple(Kind.FREEZE_FEE, 7L, kzt("7000")));
    assertThat(jan.total()).isEqualTo(kzt("72806.45"));

    Fee feb = MembershipFees.forMonth(FEB_2028, t);
    assertThat(feb.lines())
        .extracting(FeeLine::kind, FeeLine::dayCount, FeeLine::amount)
        .containsExactly(
            tuple(Kind.MEMBERSHIP, 24L, kzt("70344.83")), tuple(Kind.FREEZE_FEE, 5L, kzt("5000")));
    assertThat(feb.lines().get(1).days()).isEqualTo(days("2028-02-01", "2028-02-05"));
  }

  @Test
  void a_freeze_without_a_fee_still_shows_its_days_at_zero() {
    Timeline t =
        timeline(List.of(span(RESIDENT, "2026-01-01", null)), days("2026-11-10", "2026-11-19"));
    Fee fee = MembershipFees.forMonth(NOV_2026, t);
    assertThat(fee.lines())
        .extracting(FeeLine::kind)
        .containsExactly(Kind.MEMBERSHIP, Kind.FREEZE_FEE);
    assertThat(fee.lines().get(1).amount()).isEqualTo(kzt("0"));
    assertThat(fee.total()).isEqualTo(kzt("56666.67")); // 85 000 × 20 / 30
  }

  @Test
  void a_month_frozen_throughout_costs_only_the_freeze_fee() {
    Plan flex = withFreezeFee(FLEX, "500");
    Timeline t =
        timeline(List.of(span(flex, "2026-01-01", null)), days("2027-01-20", "2027-03-10"));
    Fee fee = MembershipFees.forMonth(FEB_2027, t);
    assertThat(fee.lines()).extracting(FeeLine::kind).containsExactly(Kind.FREEZE_FEE);
    assertThat(fee.total()).isEqualTo(kzt("14000"));
  }

  @Test
  void a_plan_change_on_the_first_bills_each_month_on_its_own_plan() {
    Timeline t =
        timeline(
            List.of(span(FLEX, "2027-11-01", "2028-01-31"), span(RESIDENT, "2028-02-01", null)));
    assertThat(MembershipFees.forMonth(JAN_2028, t).total()).isEqualTo(kzt("45000"));
    Fee feb = MembershipFees.forMonth(FEB_2028, t);
    assertThat(feb.total()).isEqualTo(kzt("85000"));
    assertThat(feb.lines()).extracting(FeeLine::label).containsExactly("Resident");
  }

  @Test
  void a_plan_change_mid_month_splits_the_month_between_the_plans() {
    Timeline t =
        timeline(
            List.of(span(FLEX, "2026-01-01", "2028-02-15"), span(RESIDENT, "2028-02-16", null)));
    Fee feb = MembershipFees.forMonth(FEB_2028, t);
    assertThat(feb.lines())
        .extracting(FeeLine::label, FeeLine::dayCount, FeeLine::amount)
        .containsExactly(
            tuple("Flex", 15L, kzt("23275.86")), tuple("Resident", 14L, kzt("41034.48")));
    assertThat(feb.total()).isEqualTo(kzt("64310.34"));
  }

  @Test
  void a_plan_change_on_the_last_day_charges_the_new_plan_one_day() {
    Timeline t =
        timeline(
            List.of(span(FLEX, "2026-01-01", "2026-12-30"), span(RESIDENT, "2026-12-31", null)));
    Fee dec = MembershipFees.forMonth(YearMonth.of(2026, 12), t);
    assertThat(dec.lines())
        .extracting(FeeLine::dayCount, FeeLine::amount)
        .containsExactly(tuple(30L, kzt("43548.39")), tuple(1L, kzt("2741.94")));
  }

  @Test
  void a_day_pass_costs_its_day_price_once() {
    Timeline t = timeline(List.of(span(DAY, "2026-11-23", "2026-11-23")));
    Fee fee = MembershipFees.forMonth(NOV_2026, t);
    assertThat(fee.lines()).extracting(FeeLine::kind).containsExactly(Kind.DAY_PASS);
    assertThat(fee.total()).isEqualTo(kzt("5000"));
    assertThat(MembershipFees.forMonth(YearMonth.of(2026, 12), t).lines()).isEmpty();
  }

  @Test
  void add_ons_are_prorated_by_their_own_dates_and_included_ones_cost_nothing() {
    UUID parking = UUID.randomUUID();
    UUID locker = UUID.randomUUID();
    Timeline t =
        new Timeline(
            KZT,
            List.of(span(RESIDENT, "2026-01-01", null)),
            List.of(days("2026-11-01", "2026-11-05")),
            List.of(
                new AddOnSpan(
                    parking, Extra.PARKING, 2, kzt("15000"), false, days("2026-11-16", null)),
                new AddOnSpan(locker, Extra.LOCKER, 1, kzt("0"), true, days("2026-01-01", null))));
    Fee fee = MembershipFees.forMonth(NOV_2026, t);
    assertThat(fee.lines())
        .filteredOn(l -> l.kind() == Kind.ADD_ON)
        .extracting(FeeLine::refId, FeeLine::dayCount, FeeLine::quantity, FeeLine::amount)
        .containsExactly(
            // 2 × 15 000 × 15 / 30, the freeze notwithstanding
            tuple(parking, 15L, 2, kzt("15000")), tuple(locker, 30L, 1, kzt("0")));
  }

  @Test
  void add_ons_stop_with_the_membership() {
    Timeline t =
        new Timeline(
            KZT,
            List.of(span(RESIDENT, "2026-01-01", "2026-11-10")),
            List.of(),
            List.of(
                new AddOnSpan(
                    UUID.randomUUID(),
                    Extra.LOCKER,
                    1,
                    kzt("5000"),
                    false,
                    days("2026-01-01", null))));
    Fee fee = MembershipFees.forMonth(NOV_2026, t);
    assertThat(fee.lines().get(1).dayCount()).isEqualTo(10);
    assertThat(fee.lines().get(1).amount()).isEqualTo(kzt("1666.67"));
    assertThat(MembershipFees.forMonth(YearMonth.of(2026, 12), t).lines()).isEmpty();
  }

  @Test
  void a_freeze_of_an_invoiced_month_is_a_credit_of_its_share_plus_the_freeze_fee() {
    Plan resident = withFreezeFee(RESIDENT, "1000");
    Timeline t = timeline(List.of(span(resident, "2026-01-01", null)));
    List<FeeLine> credit =
        MembershipFees.freezeCredit(FEB_2028, t, days("2028-01-25", "2028-02-05"));
    assertThat(credit)
        .extracting(FeeLine::kind, FeeLine::dayCount, FeeLine::amount)
        .containsExactly(
            // 85 000 × 5 / 29 = 14 655.172… back, 5 × 1 000 due
            tuple(Kind.FREEZE_CREDIT, 5L, kzt("-14655.17")),
            tuple(Kind.FREEZE_FEE, 5L, kzt("5000")));
    assertThat(MembershipFees.freezeCredit(NOV_2026, t, days("2028-01-25", "2028-02-05")))
        .isEmpty();
  }

  @Test
  void full_charge_less_the_freeze_credit_is_what_the_frozen_month_costs() {
    Timeline plain = timeline(List.of(span(RESIDENT, "2026-01-01", null)));
    Days freeze = days("2026-11-10", "2026-11-19");
    Timeline frozen = timeline(List.of(span(RESIDENT, "2026-01-01", null)), freeze);
    var credit = MembershipFees.freezeCredit(NOV_2026, plain, freeze);
    var afterCredit = MembershipFees.forMonth(NOV_2026, plain).total();
    for (FeeLine l : credit) afterCredit = afterCredit.plus(l.amount());
    assertThat(afterCredit).isEqualTo(MembershipFees.forMonth(NOV_2026, frozen).total());
  }
}
