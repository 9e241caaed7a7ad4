package app.atrium.plans.domain;

import static app.atrium.plans.AllowanceKind.COFFEE;
import static app.atrium.plans.AllowanceKind.GUEST_PASSES;
import static app.atrium.plans.AllowanceKind.MEETING_ROOM_HOURS;
import static app.atrium.plans.AllowanceKind.PRINTED_PAGES;
import static app.atrium.plans.domain.DomainPlans.DAY;
import static app.atrium.plans.domain.DomainPlans.FLEX;
import static app.atrium.plans.domain.DomainPlans.RESIDENT;
import static app.atrium.plans.domain.DomainPlans.days;
import static app.atrium.plans.domain.DomainPlans.span;
import static app.atrium.plans.domain.DomainPlans.timeline;
import static org.assertj.core.api.Assertions.assertThat;

import app.atrium.plans.Allowance;
import app.atrium.plans.AllowanceKind;
import app.atrium.plans.PlanPeriod;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AllowanceProrationTest {

  private static final YearMonth NOV_2026 = YearMonth.of(2026, 11);
  private static final YearMonth FEB_2028 = YearMonth.of(2028, 2);

  @Test
  void a_whole_month_grants_the_plan_as_it_is() {
    var q =
        AllowanceProration.forMonth(
            NOV_2026, timeline(List.of(span(RESIDENT, "2026-01-01", null))));
    assertThat(q)
        .containsEntry(MEETING_ROOM_HOURS, new BigDecimal("5.0"))
        .containsEntry(PRINTED_PAGES, new BigDecimal("100"))
        .containsEntry(GUEST_PASSES, new BigDecimal("2"))
        .containsEntry(COFFEE, null);
  }

  @Test
  void a_partial_month_is_prorated_and_rounded_down_hours_to_the_half_hour() {
    var q =
        AllowanceProration.forMonth(
            FEB_2028, timeline(List.of(span(RESIDENT, "2028-02-15", null))));
    // 15 of 29 days: 5 h → 2.586 → 2.5; 100 pages → 51.7 → 51; 2 passes → 1.03 → 1
    assertThat(q)
        .containsEntry(MEETING_ROOM_HOURS, new BigDecimal("2.5"))
        .containsEntry(PRINTED_PAGES, new BigDecimal("51"))
        .containsEntry(GUEST_PASSES, new BigDecimal("1"))
        .containsEntry(COFFEE, null);
  }

  @ParameterizedTest(name = "{1} × {2}/{3} → {4}")
  @CsvSource({
    "MEETING_ROOM_HOURS, 5, 15, 30, 2.5",
    "MEETING_ROOM_HOURS, 5, 14, 30, 2.0",
    "MEETING_ROOM_HOURS, 2, 29, 31, 1.5",
    "MEETING_ROOM_HOURS, 1.5, 30, 30, 1.5",
    "MEETING_ROOM_HOURS, 5, 1, 31, 0.0",
    "MEETING_ROOM_HOURS, 10, 3, 28, 1.0",
    "PRINTED_PAGES, 50, 1, 31, 1",
    "PRINTED_PAGES, 100, 29, 29, 100",
    "PRINTED_PAGES, 100, 28, 29, 96",
    "GUEST_PASSES, 2, 14, 28, 1",
    "GUEST_PASSES, 2, 13, 28, 0"
  })
  void prorates_one_quantity(
      AllowanceKind kind, String quantity, long days, int daysInMonth, String expected) {
    assertThat(AllowanceProration.prorate(kind, new BigDecimal(quantity), days, daysInMonth))
        .isEqualTo(new BigDecimal(expected));
  }

  @Test
  void frozen_days_reduce_the_grant() {
    var q =
        AllowanceProration.forMonth(
            NOV_2026,
            timeline(
                List.of(span(RESIDENT, "2026-01-01", null)), days("2026-11-10", "2026-11-19")));
    // 20 of 30 days
    assertThat(q)
        .containsEntry(MEETING_ROOM_HOURS, new BigDecimal("3.0"))
        .containsEntry(PRINTED_PAGES, new BigDecimal("66"))
        .containsEntry(GUEST_PASSES, new BigDecimal("1"));
  }

  @Test
  void a_freeze_across_the_month_end_reduces_both_months() {
    Timeline t =
        timeline(List.of(span(FLEX, "2026-01-01", null)), days("2028-01-25", "2028-02-05"));
    // January: 24 of 31 → 1.5 h, 38 pages; February: 24 of 29 → 1.5 h, 41 pages
    assertThat(AllowanceProration.forMonth(YearMonth.of(2028, 1), t))
        .containsEntry(MEETING_ROOM_HOURS, new BigDecimal("1.5"))
        .containsEntry(PRINTED_PAGES, new BigDecimal("38"));
    assertThat(AllowanceProration.forMonth(FEB_2028, t))
        .containsEntry(MEETING_ROOM_HOURS, new BigDecimal("1.5"))
        .containsEntry(PRINTED_PAGES, new BigDecimal("41"));
  }

  @Test
  void an_upgrade_adds_the_new_plans_share_for_the_rest_of_the_month_to_the_old_grant() {
    Timeline t =
        timeline(
            List.of(span(FLEX, "2026-01-01", "2026-11-15"), span(RESIDENT, "2026-11-16", null)));
    var q = AllowanceProration.forMonth(NOV_2026, t);
    // Flex's 2 h and 50 pages stay; Resident adds 15/30: 2.5 h, 50 pages, 1 pass
    assertThat(q)
        .containsEntry(MEETING_ROOM_HOURS, new BigDecimal("4.5"))
        .containsEntry(PRINTED_PAGES, new BigDecimal("100"))
        .containsEntry(GUEST_PASSES, new BigDecimal("1"))
        .containsEntry(COFFEE, null);
    assertThat(AllowanceProration.forMonth(YearMonth.of(2026, 12), t))
        .containsEntry(MEETING_ROOM_HOURS, new BigDecimal("5.0"));
    assertThat(AllowanceProration.forMonth(YearMonth.of(2026, 10), t))
        .containsEntry(MEETING_ROOM_HOURS, new BigDecimal("2.0"))
        .doesNotContainKey(GUEST_PASSES);
  }

  @Test
  void an_upgrade_on_the_first_grants_only_the_new_plan_and_on_the_last_day_almost_nothing_more() {
    Timeline first =
        timeline(
            List.of(span(FLEX, "2027-11-01", "2028-01-31"), span(RESIDENT, "2028-02-01", null)));
    assertThat(AllowanceProration.forMonth(FEB_2028, first))
        .containsEntry(MEETING_ROOM_HOURS, new BigDecimal("5.0"))
        .containsEntry(PRINTED_PAGES, new BigDecimal("100"));
    Timeline last =
        timeline(
            List.of(span(FLEX, "2026-01-01", "2026-12-30"), span(RESIDENT, "2026-12-31", null)));
    assertThat(AllowanceProration.forMonth(YearMonth.of(2026, 12), last))
        .containsEntry(MEETING_ROOM_HOURS, new BigDecimal("2.0"))
        .containsEntry(PRINTED_PAGES, new BigDecimal("53"))
        .containsEntry(GUEST_PASSES, new BigDecimal("0"));
  }

  @Test
  void an_upgrade_and_a_freeze_in_one_month() {
    Timeline t =
        timeline(
            List.of(span(FLEX, "2026-01-01", "2026-11-15"), span(RESIDENT, "2026-11-16", null)),
            days("2026-11-20", "2026-11-24"));
    var q = AllowanceProration.forMonth(NOV_2026, t);
    // Flex 25/30 → 1.5 h, 41 pages; Resident 10/30 → 1.5 h, 33 pages, 0 passes
    assertThat(q)
        .containsEntry(MEETING_ROOM_HOURS, new BigDecimal("3.0"))
        .containsEntry(PRINTED_PAGES, new BigDecimal("74"))
        .containsEntry(GUEST_PASSES, new BigDecimal("0"));
  }

  @Test
  void a_membership_ending_mid_month_grants_up_to_its_end() {
    Timeline t = timeline(List.of(span(RESIDENT, "2026-06-15", "2027-02-14")));
    assertThat(AllowanceProration.forMonth(YearMonth.of(2027, 2), t))
        .containsEntry(MEETING_ROOM_HOURS, new BigDecimal("2.5"))
        .containsEntry(PRINTED_PAGES, new BigDecimal("50"));
    assertThat(AllowanceProration.forMonth(YearMonth.of(2027, 3), t)).isEmpty();
  }

  @Test
  void a_day_plan_grants_its_quantities_per_day_unprorated() {
    var hourly =
        DomainPlans.plan(
            "DAY_PLUS",
            "Day plus",
            "7000",
            PlanPeriod.DAY,
            "0",
            List.of(Allowance.of(MEETING_ROOM_HOURS, 1), Allowance.unlimitedOf(COFFEE)));
    assertThat(
            AllowanceProration.forMonth(
                NOV_2026, timeline(List.of(span(hourly, "2026-11-23", "2026-11-23")))))
        .containsEntry(MEETING_ROOM_HOURS, new BigDecimal("1.0"))
        .containsEntry(COFFEE, null);
    assertThat(
            AllowanceProration.forMonth(
                NOV_2026, timeline(List.of(span(DAY, "2026-11-23", "2026-11-23")))))
        .containsOnlyKeys(COFFEE);
  }

  @Test
  void unlimited_wins_when_plans_add_up() {
    Map<AllowanceKind, BigDecimal> total = new HashMap<>(Map.of(PRINTED_PAGES, BigDecimal.TEN));
    var more = new HashMap<AllowanceKind, BigDecimal>();
    more.put(PRINTED_PAGES, null);
    AllowanceProration.add(total, more);
    assertThat(total).containsEntry(PRINTED_PAGES, null);
  }

  @Test
  void the_pool_and_rollover_come_from_the_last_plan_of_the_month() {
    Timeline t =
        timeline(
            List.of(span(FLEX, "2026-01-01", "2026-11-15"), span(RESIDENT, "2026-11-16", null)));
    assertThat(AllowanceProration.lastPlanIn(NOV_2026, t)).contains(RESIDENT);
    assertThat(AllowanceProration.lastPlanIn(YearMonth.of(2026, 10), t)).contains(FLEX);
    assertThat(AllowanceProration.lastPlanIn(YearMonth.of(2025, 12), t)).isEmpty();
  }
}
