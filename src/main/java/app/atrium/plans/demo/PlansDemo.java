package app.atrium.plans.demo;

import static app.atrium.plans.AllowanceKind.COFFEE;
import static app.atrium.plans.AllowanceKind.GUEST_PASSES;
import static app.atrium.plans.AllowanceKind.MEETING_ROOM_HOURS;
import static app.atrium.plans.AllowanceKind.PRINTED_PAGES;

import app.atrium.members.Member;
import app.atrium.members.MemberQuery;
import app.atrium.members.Members;
import app.atrium.plans.AccessSchedule;
import app.atrium.plans.AddOnDraft;
import app.atrium.plans.Allowance;
import app.atrium.plans.AllowancePool;
import app.atrium.plans.Extra;
import app.atrium.plans.FreezeDraft;
import app.atrium.plans.LocationAccess;
import app.atrium.plans.Membership;
import app.atrium.plans.MembershipDraft;
import app.atrium.plans.MembershipTerm;
import app.atrium.plans.Memberships;
import app.atrium.plans.Plan;
import app.atrium.plans.PlanDraft;
import app.atrium.plans.PlanPeriod;
import app.atrium.plans.Plans;
import app.atrium.plans.Workplace;
import app.atrium.platform.demo.DemoContributor;
import app.atrium.spaces.Resource;
import app.atrium.spaces.ResourceStatus;
import app.atrium.spaces.Resources;
import app.atrium.spaces.Unit;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The five plans of PRODUCT.md's coworking (KZT, Russian names) and a plan for every demo member,
 * spread the way a real coworking's members are.
 */
@Component
@Order(30)
class PlansDemo implements DemoContributor {

  static final String DAY_PASS = "DAY_PASS";
  static final String FLEX = "FLEX";
  static final String RESIDENT = "RESIDENT";
  static final String OFFICE = "OFFICE";
  static final String VIRTUAL = "VIRTUAL";

  /**
   * How the members spread over the plans, as weights (out of 60 members: 20 residents, 15 flex, 10
   * day passes, 8 offices, 7 virtual).
   */
  static final Map<String, Integer> SPREAD = spreadWeights();

  private final Plans plans;
  private final Memberships memberships;
  private final Members members;
  private final Resources resources;
  private final Clock clock;

  PlansDemo(
      Plans plans, Memberships memberships, Members members, Resources resources, Clock clock) {
    this.plans = plans;
    this.memberships = memberships;
    this.members = members;
    this.resources = resources;
    this.clock = clock;
  }

  @Override
  public void seed(DemoTenant tenant) {
    for (PlanDraft draft : catalogue()) plans.create(draft);
    // The members module's demo (@Order(20)) has run: give each active member a plan.
    List<UUID> ids =
        members.search(MemberQuery.active(null, MemberQuery.MAX_LIMIT)).items().stream()
            .map(Member::id)
            .toList();
    UUID asel = members.findByEmail("asel@demo.atrium").map(Member::id).orElse(null);
    assignDemoMemberships(ids, asel, tenant.locationId(), tenant.zone());
  }

  /** PRODUCT.md's plans table, with the demo price list's coffee (in every plan) and −20 %. */
  static List<PlanDraft> catalogue() {
    return List.of(
        plan(
            DAY_PASS,
            "Дневной",
            "Рабочее место на день за любым свободным столом, кофе включён.",
            "5000",
            false,
            PlanPeriod.DAY,
            Workplace.ANY_DESK,
            List.of(Allowance.unlimitedOf(COFFEE)),
            Set.of(),
            "0",
            LocationAccess.HOME,
            AccessSchedule.OPENING_HOURS,
            true,
            10),
        plan(
            FLEX,
            "Флекс",
            "Любой свободный стол в открытом пространстве, 2 часа переговорных в месяц.",
            "45000",
            false,
            PlanPeriod.MONTH,
            Workplace.ANY_DESK,
            List.of(
                Allowance.of(MEETING_ROOM_HOURS, 2),
                Allowance.of(PRINTED_PAGES, 50),
                Allowance.unlimitedOf(COFFEE)),
            Set.of(),
            "0",
            LocationAccess.HOME,
            AccessSchedule.OPENING_HOURS,
            true,
            20),
        plan(
            RESIDENT,
            "Резидент",
            "Закреплённый стол, шкафчик, 5 часов переговорных в месяц и −20\u00a0% на бронирования.",
            "85000",
            false,
            PlanPeriod.MONTH,
            Workplace.FIXED_DESK,
            List.of(
                Allowance.of(MEETING_ROOM_HOURS, 5),
                Allowance.of(PRINTED_PAGES, 100),
                Allowance.unlimitedOf(COFFEE),
                Allowance.of(GUEST_PASSES, 2)),
            Set.of(Extra.LOCKER),
            "20",
            LocationAccess.HOME,
            AccessSchedule.OPENING_HOURS,
            true,
            30),
        companyPool(
            plan(
                OFFICE,
                "Офис",
                "Отдельный офис с доступом 24/7 во все локации, юридический и деловой адрес,"
                    + " почта и посылки. Цена зависит от офиса.",
                "250000",
                true,
                PlanPeriod.MONTH,
                Workplace.PRIVATE_OFFICE,
                List.of(
                    Allowance.of(MEETING_ROOM_HOURS, 10),
                    Allowance.of(PRINTED_PAGES, 200),
                    Allowance.unlimitedOf(COFFEE),
                    Allowance.of(GUEST_PASSES, 2)),
                Set.of(
                    Extra.LOCKER,
                    Extra.LEGAL_ADDRESS,
                    Extra.MAIL_HANDLING,
                    Extra.PARCEL_RECEPTION,
                    Extra.BUSINESS_ADDRESS),
                "20",
                LocationAccess.ALL,
                AccessSchedule.ALWAYS,
                true,
                40)),
        plan(
            VIRTUAL,
            "Виртуальный",
            "Юридический адрес, приём почты и посылок, 2 часа переговорных в месяц.",
            "25000",
            false,
            PlanPeriod.MONTH,
            Workplace.NONE,
            List.of(Allowance.of(MEETING_ROOM_HOURS, 2), Allowance.unlimitedOf(COFFEE)),
            Set.of(Extra.LEGAL_ADDRESS, Extra.MAIL_HANDLING, Extra.PARCEL_RECEPTION),
            "0",
            LocationAccess.HOME,
            AccessSchedule.OPENING_HOURS,
            false,
            50));
  }

  /**
   * Gives every member a plan at {@code homeLocationId}, all of them (Asel included) in the {@link
   * #SPREAD} proportions: Asel (when given) is a Resident since the 1st of the month eight months
   * ago; the others, in the order given, get the remaining plans interleaved; monthly plans started
   * on the 1st of a month within the last year and a half, day passes today. Some residents prepaid
   * a year at −10 %, the first offices have agreed prices; residents have their locker included,
   * desks and offices are assigned while there are any. Deterministic for the same members, order
   * and date.
   */
  void assignDemoMemberships(
      List<UUID> memberIds, UUID aselMemberId, UUID homeLocationId, ZoneId zone) {
    Map<String, Plan> byCode = new LinkedHashMap<>();
    for (String code : SPREAD.keySet()) {
      byCode.put(code, plans.findByCode(code).orElseThrow(() -> missing(code)));
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    LocalDate thisMonth = today.withDayOfMonth(1);
    List<UUID> others = memberIds.stream().filter(id -> !Objects.equals(id, aselMemberId)).toList();
    Extras extras = new Extras(homeLocationId, today);
    if (aselMemberId != null) {
      Membership asel =
          start(aselMemberId, byCode.get(RESIDENT), homeLocationId, thisMonth.minusMonths(8));
      extras.resident(asel);
    }
    List<String> codes = new ArrayList<>(spread(others.size() + (aselMemberId == null ? 0 : 1)));
    if (aselMemberId != null) codes.remove(RESIDENT); // her place among the residents
    for (int i = 0; i < others.size(); i++) {
      Plan plan = byCode.get(codes.get(i));
      if (plan.period() == PlanPeriod.DAY) {
        start(others.get(i), plan, homeLocationId, today);
        continue;
      }
      int monthsAgo = 1 + (i * 7) % 18;
      LocalDate startsOn = thisMonth.minusMonths(monthsAgo);
      switch (plan.code()) {
        case RESIDENT -> {
          // Every fifth resident who joined within the year prepaid a year at −10 %.
          boolean annual = extras.residents % 5 == 2 && monthsAgo <= 11;
          Membership m =
              annual
                  ? memberships.start(
                      new MembershipDraft(
                          others.get(i),
                          plan.id(),
                          homeLocationId,
                          startsOn,
                          MembershipTerm.MONTHS_12,
                          true,
                          plan.price().amount().multiply(new BigDecimal("0.9")),
                          "Годовая предоплата −10 %",
                          false,
                          null,
                          null))
                  : start(others.get(i), plan, homeLocationId, startsOn);
          extras.resident(m);
        }
        case OFFICE -> {
          BigDecimal price =
              extras.offices < OFFICE_PRICES.size()
                  ? new BigDecimal(OFFICE_PRICES.get(extras.offices))
                  : plan.price().amount();
          Membership m =
              memberships.start(
                  new MembershipDraft(
                      others.get(i),
                      plan.id(),
                      homeLocationId,
                      startsOn,
                      null,
                      false,
                      price,
                      "",
                      true,
                      null,
                      null));
          extras.office(m);
        }
        case FLEX -> extras.flex(start(others.get(i), plan, homeLocationId, startsOn));
        default -> start(others.get(i), plan, homeLocationId, startsOn);
      }
    }
  }

  /** The agreed prices of the first offices (Офис 1 for 4, Офис 2 for 6, Офис 3 for 2). */
  private static final List<String> OFFICE_PRICES = List.of("300000", "400000", "250000");

  /**
   * What members carry along: a locker (included for residents, 5 000 a month for some Flex
   * members), fixed desks and offices while there are any, autopay, and a holiday freeze.
   */
  private final class Extras {
    private final LocalDate today;
    private final List<Resource> desks;
    private final List<Resource> officeRooms;
    private int residents;
    private int offices;
    private int flex;
    private int desk;

    Extras(UUID locationId, LocalDate today) {
      this.today = today;
      List<Resource> all = resources.list(locationId, null, ResourceStatus.ACTIVE);
      this.desks = all.stream().filter(r -> r.typeCode().equals("fixed-desk")).toList();
      this.officeRooms =
          all.stream()
              .filter(r -> r.typeCode().equals("private-office"))
              .sorted(java.util.Comparator.comparing(Resource::name))
              .toList();
    }

    void resident(Membership m) {
      memberships.addAddOn(m.id(), new AddOnDraft(Extra.LOCKER, 1, null, null, null, ""));
      List<Unit> units = desks.isEmpty() ? List.of() : resources.units(desks.getFirst().id());
      if (desk < units.size()) {
        memberships.assignWorkspace(m.id(), desks.getFirst().id(), units.get(desk++).id());
      }
      if (residents % 2 == 0) memberships.setAutopay(m.id(), true);
      residents++;
    }

    void office(Membership m) {
      if (offices < officeRooms.size()) {
        memberships.assignWorkspace(m.id(), officeRooms.get(offices).id(), null);
      }
      offices++;
    }

    void flex(Membership m) {
      if (flex % 3 == 0) {
        memberships.addAddOn(
            m.id(), new AddOnDraft(Extra.LOCKER, 1, new BigDecimal("5000"), null, null, "Шкафчик"));
      }
      if (flex == 1) {
        memberships.freeze(
            m.id(), new FreezeDraft(today.plusDays(7), today.plusDays(13), "Отпуск"));
      }
      flex++;
    }
  }

  /**
   * The plan codes for {@code n} members in the {@link #SPREAD} proportions, interleaved by smooth
   * weighted round-robin so that no plan clusters at one end of the list.
   */
  static List<String> spread(int n) {
    List<String> codes = new ArrayList<>(SPREAD.keySet());
    int total = SPREAD.values().stream().mapToInt(Integer::intValue).sum();
    int[] current = new int[codes.size()];
    List<String> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      int best = 0;
      for (int j = 0; j < codes.size(); j++) {
        current[j] += SPREAD.get(codes.get(j));
        if (current[j] > current[best]) best = j;
      }
      current[best] -= total;
      out.add(codes.get(best));
    }
    return out;
  }

  private Membership start(UUID memberId, Plan plan, UUID locationId, LocalDate startsOn) {
    return memberships.start(new MembershipDraft(memberId, plan.id(), locationId, startsOn));
  }

  private static IllegalStateException missing(String code) {
    return new IllegalStateException("The demo plan " + code + " is missing");
  }

  private static Map<String, Integer> spreadWeights() {
    Map<String, Integer> weights = new LinkedHashMap<>();
    weights.put(RESIDENT, 20);
    weights.put(FLEX, 15);
    weights.put(DAY_PASS, 10);
    weights.put(OFFICE, 8);
    weights.put(VIRTUAL, 7);
    return java.util.Collections.unmodifiableMap(weights);
  }

  /** The Office's allowances are the company's, shared by everyone in the office. */
  private static PlanDraft companyPool(PlanDraft d) {
    return new PlanDraft(
        d.code(),
        d.name(),
        d.description(),
        d.price(),
        d.priceFrom(),
        d.period(),
        d.workplace(),
        d.allowances(),
        d.extras(),
        d.bookingDiscountPercent(),
        d.locationAccess(),
        d.accessSchedule(),
        d.freezeFeePerDay(),
        d.canBookDesks(),
        d.canBookRooms(),
        d.sortOrder(),
        AllowancePool.COMPANY,
        false);
  }

  private static PlanDraft plan(
      String code,
      String name,
      String description,
      String price,
      boolean priceFrom,
      PlanPeriod period,
      Workplace workplace,
      List<Allowance> allowances,
      Set<Extra> extras,
      String discountPercent,
      LocationAccess locations,
      AccessSchedule schedule,
      boolean canBookDesks,
      int sortOrder) {
    return new PlanDraft(
        code,
        name,
        description,
        new BigDecimal(price),
        priceFrom,
        period,
        workplace,
        allowances,
        extras,
        new BigDecimal(discountPercent),
        locations,
        schedule,
        BigDecimal.ZERO,
        canBookDesks,
        true,
        sortOrder);
  }
}
