package app.atrium.plans.domain;

import static app.atrium.plans.AllowanceKind.COFFEE;
import static app.atrium.plans.AllowanceKind.GUEST_PASSES;
import static app.atrium.plans.AllowanceKind.MEETING_ROOM_HOURS;
import static app.atrium.plans.AllowanceKind.PRINTED_PAGES;
import static app.atrium.plans.domain.DomainPlans.FLEX;
import static app.atrium.plans.domain.DomainPlans.RESIDENT;
import static app.atrium.plans.domain.DomainPlans.d;
import static app.atrium.plans.domain.DomainPlans.days;
import static app.atrium.plans.domain.DomainPlans.kzt;
import static app.atrium.plans.domain.DomainPlans.span;
import static app.atrium.plans.domain.DomainPlans.timeline;
import static app.atrium.plans.domain.DomainPlans.withFreezeFee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.atrium.plans.Plan;
import app.atrium.plans.PlanPeriod;
import app.atrium.plans.domain.FeeLine.Kind;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanChangesTest {

  private static final Plan VIRTUAL =
      DomainPlans.plan("VIRTUAL", "Virtual", "25000", PlanPeriod.MONTH, "0", List.of());

  @Test
  void only_a_dearer_price_is_an_upgrade() {
    assertThat(PlanChanges.isUpgrade(kzt("45000"), kzt("85000"))).isTrue();
    assertThat(PlanChanges.isUpgrade(kzt("85000"), kzt("85000"))).isFalse();
    assertThat(PlanChanges.isUpgrade(kzt("85000"), kzt("45000"))).isFalse();
  }

  @Test
  void a_downgrade_starts_on_the_next_months_first() {
    assertThat(PlanChanges.downgradeStartsOn(d("2026-11-01"))).isEqualTo(d("2026-12-01"));
    assertThat(PlanChanges.downgradeStartsOn(d("2026-11-30"))).isEqualTo(d("2026-12-01"));
    assertThat(PlanChanges.downgradeStartsOn(d("2026-12-31"))).isEqualTo(d("2027-01-01"));
    assertThat(PlanChanges.downgradeStartsOn(d("2028-02-29"))).isEqualTo(d("2028-03-01"));
  }

  @Test
  void an_upgrade_mid_month_credits_the_old_plan_and_charges_the_new_for_the_remaining_days() {
    Timeline t = timeline(List.of(span(FLEX, "2026-01-01", null)));
    UpgradePreview p = PlanChanges.upgrade(t, d("2026-11-16"), RESIDENT, kzt("85000"));
    assertThat(p.month()).isEqualTo(YearMonth.of(2026, 11));
    assertThat(p.remaining()).isEqualTo(days("2026-11-16", "2026-11-30"));
    assertThat(p.lines())
        .extracting(FeeLine::kind, FeeLine::label, FeeLine::dayCount, FeeLine::amount)
        .containsExactly(
            tuple(Kind.UPGRADE_CREDIT, "Flex", 15L, kzt("-22500")),
            tuple(Kind.UPGRADE_CHARGE, "Resident", 15L, kzt("42500")));
    assertThat(p.total()).isEqualTo(kzt("20000"));
    assertThat(p.allowanceAdded())
        .containsEntry(MEETING_ROOM_HOURS, new BigDecimal("2.5"))
        .containsEntry(PRINTED_PAGES, new BigDecimal("50"))
        .containsEntry(GUEST_PASSES, new BigDecimal("1"))
        .containsEntry(COFFEE, null);
  }

  @Test
  void the_preview_is_the_difference_of_the_months_fees() {
    Timeline before = timeline(List.of(span(FLEX, "2026-01-01", null)));
    UpgradePreview p = PlanChanges.upgrade(before, d("2026-11-16"), RESIDENT, kzt("85000"));
    Timeline after = before.withPlanFrom(d("2026-11-16"), RESIDENT, kzt("85000"));
    YearMonth nov = YearMonth.of(2026, 11);
    assertThat(MembershipFees.forMonth(nov, after).total())
        .isEqualTo(MembershipFees.forMonth(nov, before).total().plus(p.total()));
  }

  @Test
  void an_upgrade_on_the_first_swaps_the_whole_month() {
    Timeline t = timeline(List.of(span(FLEX, "2027-11-01", null)));
    UpgradePreview p = PlanChanges.upgrade(t, d("2028-02-01"), RESIDENT, kzt("85000"));
    assertThat(p.lines())
        .extracting(FeeLine::dayCount, FeeLine::amount)
        .containsExactly(tuple(29L, kzt("-45000")), tuple(29L, kzt("85000")));
    assertThat(p.total()).isEqualTo(kzt("40000"));
    assertThat(p.allowanceAdded()).containsEntry(MEETING_ROOM_HOURS, new BigDecimal("5.0"));
  }

  @Test
  void an_upgrade_on_the_last_day_of_a_leap_february_prorates_one_day() {
    Timeline t = timeline(List.of(span(FLEX, "2027-11-01", null)));
    UpgradePreview p = PlanChanges.upgrade(t, d("2028-02-29"), RESIDENT, kzt("85000"));
    assertThat(p.lines())
        .extracting(FeeLine::amount)
        .containsExactly(kzt("-1551.72"), kzt("2931.03"));
    assertThat(p.total()).isEqualTo(kzt("1379.31"));
    assertThat(p.allowanceAdded())
        .containsEntry(MEETING_ROOM_HOURS, new BigDecimal("0.0"))
        .containsEntry(PRINTED_PAGES, new BigDecimal("3"))
        .containsEntry(GUEST_PASSES, new BigDecimal("0"));
  }

  @Test
  void an_upgrade_of_a_membership_ending_this_month_covers_the_days_to_its_end() {
    Timeline t = timeline(List.of(span(FLEX, "2026-08-21", "2026-11-20")));
    UpgradePreview p = PlanChanges.upgrade(t, d("2026-11-16"), RESIDENT, kzt("85000"));
    assertThat(p.remaining()).isEqualTo(days("2026-11-16", "2026-11-20"));
    assertThat(p.lines())
        .extracting(FeeLine::amount)
        .containsExactly(kzt("-7500"), kzt("14166.67"));
    assertThat(p.total()).isEqualTo(kzt("6666.67"));
  }

  @Test
  void frozen_days_after_an_upgrade_are_neither_credited_nor_charged_but_cost_the_new_freeze_fee() {
    Plan resident = withFreezeFee(RESIDENT, "1000");
    Timeline t =
        timeline(List.of(span(FLEX, "2026-01-01", null)), days("2026-11-20", "2026-11-24"));
    UpgradePreview p = PlanChanges.upgrade(t, d("2026-11-16"), resident, kzt("85000"));
    assertThat(p.lines())
        .extracting(FeeLine::kind, FeeLine::dayCount, FeeLine::amount)
        .containsExactly(
            tuple(Kind.UPGRADE_CREDIT, 10L, kzt("-15000")),
            tuple(Kind.UPGRADE_CHARGE, 10L, kzt("28333.33")),
            tuple(Kind.FREEZE_FEE, 5L, kzt("5000")));
    assertThat(p.total()).isEqualTo(kzt("18333.33"));
    assertThat(p.allowanceAdded())
        .containsEntry(MEETING_ROOM_HOURS, new BigDecimal("1.5"))
        .containsEntry(PRINTED_PAGES, new BigDecimal("33"));
  }

  @Test
  void an_upgrade_at_an_agreed_price_charges_that_price() {
    Timeline t = timeline(List.of(span(FLEX, "2026-01-01", null)));
    UpgradePreview p = PlanChanges.upgrade(t, d("2026-11-16"), RESIDENT, kzt("76500"));
    assertThat(p.lines().get(1).amount()).isEqualTo(kzt("38250"));
    assertThat(p.lines().get(1).unitPrice()).isEqualTo(kzt("76500"));
  }

  @Test
  void an_upgrade_drops_a_scheduled_downgrade() {
    Timeline t =
        timeline(
            List.of(span(FLEX, "2026-01-01", "2026-11-30"), span(VIRTUAL, "2026-12-01", null)));
    Timeline after = t.withPlanFrom(d("2026-11-16"), RESIDENT, kzt("85000"));
    assertThat(after.plans())
        .extracting(s -> s.plan().code(), PlanSpan::days)
        .containsExactly(
            tuple("FLEX", days("2026-01-01", "2026-11-15")),
            tuple("RESIDENT", days("2026-11-16", null)));
  }

  @Test
  void a_change_on_the_day_a_plan_started_replaces_it() {
    Timeline t =
        timeline(
            List.of(span(FLEX, "2026-01-01", "2026-11-15"), span(RESIDENT, "2026-11-16", null)));
    Timeline after = t.withPlanFrom(d("2026-11-16"), VIRTUAL, kzt("95000"));
    assertThat(after.plans()).extracting(s -> s.plan().code()).containsExactly("FLEX", "VIRTUAL");
  }

  @Test
  void refuses_a_change_outside_the_membership() {
    Timeline t = timeline(List.of(span(FLEX, "2026-01-01", "2026-11-20")));
    assertThatThrownBy(() -> t.withPlanFrom(d("2026-11-21"), RESIDENT, kzt("85000")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> t.withPlanFrom(d("2025-12-31"), RESIDENT, kzt("85000")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
