package app.atrium.plans.domain;

import app.atrium.plans.AccessSchedule;
import app.atrium.plans.Allowance;
import app.atrium.plans.AllowanceKind;
import app.atrium.plans.AllowancePool;
import app.atrium.plans.Extra;
import app.atrium.plans.LocationAccess;
import app.atrium.plans.Plan;
import app.atrium.plans.PlanPeriod;
import app.atrium.plans.PlanStatus;
import app.atrium.plans.Workplace;
import app.atrium.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The demo's plans as plain values, for the pure functions' tests. */
final class DomainPlans {

  static final Currency KZT = Currency.getInstance("KZT");

  static final Plan DAY =
      plan("DAY_PASS", "Day pass", "5000", PlanPeriod.DAY, "0", List.of(unlimitedCoffee()));
  static final Plan FLEX =
      plan(
          "FLEX",
          "Flex",
          "45000",
          PlanPeriod.MONTH,
          "0",
          List.of(
              Allowance.of(AllowanceKind.MEETING_ROOM_HOURS, 2),
              Allowance.of(AllowanceKind.PRINTED_PAGES, 50),
              unlimitedCoffee()));
  static final Plan RESIDENT =
      plan(
          "RESIDENT",
          "Resident",
          "85000",
          PlanPeriod.MONTH,
          "0",
          List.of(
              Allowance.of(AllowanceKind.MEETING_ROOM_HOURS, 5),
              Allowance.of(AllowanceKind.PRINTED_PAGES, 100),
              unlimitedCoffee(),
              Allowance.of(AllowanceKind.GUEST_PASSES, 2)));

  private DomainPlans() {}

  static Money kzt(String amount) {
    return Money.of(new BigDecimal(amount), KZT);
  }

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static Days days(String first, String last) {
    return Days.of(d(first), last == null ? null : d(last));
  }

  static PlanSpan span(Plan plan, String first, String last) {
    return new PlanSpan(days(first, last), plan, plan.price());
  }

  static PlanSpan span(Plan plan, String price, String first, String last) {
    return new PlanSpan(days(first, last), plan, kzt(price));
  }

  static Timeline timeline(List<PlanSpan> spans, Days... freezes) {
    return Timeline.of(KZT, spans, List.of(freezes));
  }

  static Plan withFreezeFee(Plan p, String fee) {
    return new Plan(
        p.id(),
        p.code(),
        p.name(),
        p.description(),
        p.price(),
        p.priceFrom(),
        p.period(),
        p.workplace(),
        p.allowances(),
        p.extras(),
        p.bookingDiscountPercent(),
        p.locationAccess(),
        p.accessSchedule(),
        kzt(fee),
        p.canBookDesks(),
        p.canBookRooms(),
        p.status(),
        p.sortOrder(),
        p.allowancePool(),
        p.rollover());
  }

  static Plan plan(
      String code,
      String name,
      String price,
      PlanPeriod period,
      String freezeFee,
      List<Allowance> allowances) {
    return new Plan(
        UUID.nameUUIDFromBytes(code.getBytes()),
        code,
        name,
        "",
        kzt(price),
        false,
        period,
        Workplace.ANY_DESK,
        allowances,
        Set.<Extra>of(),
        BigDecimal.ZERO,
        LocationAccess.HOME,
        AccessSchedule.OPENING_HOURS,
        kzt(freezeFee),
        true,
        true,
        PlanStatus.ACTIVE,
        10,
        AllowancePool.MEMBER,
        false);
  }

  private static Allowance unlimitedCoffee() {
    return Allowance.unlimitedOf(AllowanceKind.COFFEE);
  }
}
