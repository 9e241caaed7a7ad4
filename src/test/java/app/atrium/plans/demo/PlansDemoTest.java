package app.atrium.plans.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.atrium.plans.Memberships;
import app.atrium.plans.Plan;
import app.atrium.plans.PlanPeriod;
import app.atrium.plans.Plans;
import app.atrium.plans.PlansTestSupport;
import app.atrium.platform.demo.DemoContributor.DemoTenant;
import app.atrium.support.TestTenant;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PlansDemoTest extends PlansTestSupport {

  private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

  @Autowired PlansDemo demo;
  @Autowired Plans plans;
  @Autowired Memberships memberships;

  @Test
  void spreads_sixty_members_as_a_real_coworking_would() {
    Map<String, Long> counts = count(PlansDemo.spread(60));
    assertThat(counts)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("RESIDENT", 20L, "FLEX", 15L, "DAY_PASS", 10L, "OFFICE", 8L, "VIRTUAL", 7L));
  }

  @Test
  void interleaves_the_plans_instead_of_grouping_them() {
    List<String> spread = PlansDemo.spread(60);
    assertThat(spread.subList(0, 12)).containsAll(PlansDemo.SPREAD.keySet());
    for (int i = 2; i < spread.size(); i++) {
      assertThat(spread.get(i).equals(spread.get(i - 1)) && spread.get(i).equals(spread.get(i - 2)))
          .as("three of a kind in a row at %d", i)
          .isFalse();
    }
    assertThat(PlansDemo.spread(60)).isEqualTo(spread);
    assertThat(PlansDemo.spread(7)).hasSize(7);
    assertThat(PlansDemo.spread(0)).isEmpty();
  }

  @Test
  void gives_every_demo_member_a_plan_and_makes_asel_a_resident() {
    TestTenant t = newTenant();
    clock.setInstant(Instant.parse("2026-11-23T06:00:00Z"));
    inTenant(
        t.tenantId(),
        () -> {
          demo.seed(new DemoTenant(t.tenantId(), t.locationId(), ALMATY));
          return null;
        });
    List<UUID> members = new ArrayList<>();
    for (int i = 0; i < 60; i++) members.add(addMember(t, "Member " + i));
    UUID asel = members.get(37);

    inTenant(
        t.tenantId(),
        () -> {
          demo.assignDemoMemberships(members, asel, t.locationId(), ALMATY);
          return null;
        });

    Map<UUID, Plan> planById =
        inTenant(t.tenantId(), () -> plans.list()).stream()
            .collect(Collectors.toMap(Plan::id, Function.identity()));
    var all = inTenant(t.tenantId(), () -> memberships.list(null, null));
    assertThat(all).hasSize(60);
    assertThat(all).extracting(m -> m.memberId()).containsExactlyInAnyOrderElementsOf(members);
    assertThat(all).allSatisfy(m -> assertThat(m.locationId()).isEqualTo(t.locationId()));
    Map<String, Long> perPlan =
        all.stream()
            .collect(
                Collectors.groupingBy(m -> planById.get(m.planId()).code(), Collectors.counting()));
    assertThat(perPlan)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("RESIDENT", 20L, "FLEX", 15L, "DAY_PASS", 10L, "OFFICE", 8L, "VIRTUAL", 7L));

    var aselsPlans = inTenant(t.tenantId(), () -> memberships.activeFor(asel));
    assertThat(aselsPlans).hasSize(1);
    assertThat(planById.get(aselsPlans.get(0).planId()).name()).isEqualTo("Резидент");

    LocalDate today = LocalDate.of(2026, 11, 23);
    assertThat(all)
        .allSatisfy(
            m -> {
              Plan plan = planById.get(m.planId());
              if (plan.period() == PlanPeriod.DAY) {
                assertThat(m.startsOn()).isEqualTo(today);
                assertThat(m.endsOn()).isEqualTo(today);
              } else {
                assertThat(m.startsOn().getDayOfMonth()).isEqualTo(1);
                assertThat(m.startsOn()).isBefore(today).isAfter(today.minusMonths(19));
                if (m.term().fixed()) {
                  assertThat(m.endsOn()).isEqualTo(m.term().lastDayFrom(m.startsOn()));
                } else assertThat(m.endsOn()).isNull();
              }
            });
    assertThat(
            all.stream()
                .filter(m -> planById.get(m.planId()).period() == PlanPeriod.MONTH)
                .map(m -> m.startsOn())
                .distinct()
                .count())
        .as("monthly memberships started in many different months")
        .isGreaterThan(10);
    // Some residents prepaid a year at −10 %; every resident has the locker included.
    assertThat(all)
        .filteredOn(m -> m.term() == app.atrium.plans.MembershipTerm.MONTHS_12)
        .isNotEmpty()
        .allSatisfy(
            m -> {
              assertThat(m.prepaid()).isTrue();
              assertThat(m.price().amount()).isEqualByComparingTo("76500");
            });
    for (var m : all) {
      if (!planById.get(m.planId()).code().equals("RESIDENT")) continue;
      var lockers = inTenant(t.tenantId(), () -> memberships.details(m.id())).addOns();
      assertThat(lockers)
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.kind()).isEqualTo(app.atrium.plans.Extra.LOCKER);
                assertThat(a.included()).isTrue();
              });
    }
    // Everyone is on a plan today.
    for (UUID member : members) {
      assertThat(inTenant(t.tenantId(), () -> memberships.activeFor(member))).hasSize(1);
    }
  }

  @Test
  void gives_the_same_plans_to_the_same_members_every_time() {
    List<List<String>> runs = new ArrayList<>();
    for (int run = 0; run < 2; run++) {
      TestTenant t = newTenant();
      inTenant(
          t.tenantId(),
          () -> {
            demo.seed(new DemoTenant(t.tenantId(), t.locationId(), ALMATY));
            return null;
          });
      List<UUID> members = new ArrayList<>();
      for (int i = 0; i < 12; i++) members.add(addMember(t, "Member " + i));
      inTenant(
          t.tenantId(),
          () -> {
            demo.assignDemoMemberships(members, members.get(3), t.locationId(), ALMATY);
            return null;
          });
      Map<UUID, Plan> planById =
          inTenant(t.tenantId(), () -> plans.list()).stream()
              .collect(Collectors.toMap(Plan::id, Function.identity()));
      Map<UUID, String> codeByMember =
          inTenant(t.tenantId(), () -> memberships.list(null, null)).stream()
              .collect(Collectors.toMap(m -> m.memberId(), m -> planById.get(m.planId()).code()));
      runs.add(members.stream().map(codeByMember::get).toList());
    }
    assertThat(runs.get(0)).isEqualTo(runs.get(1));
    assertThat(runs.get(0).get(3)).isEqualTo("RESIDENT");
  }

  private static Map<String, Long> count(List<String> codes) {
    return codes.stream()
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }
}
