package app.atrium.plans.rest;

import app.atrium.plans.AccessSchedule;
import app.atrium.plans.Allowance;
import app.atrium.plans.AllowancePool;
import app.atrium.plans.Extra;
import app.atrium.plans.LocationAccess;
import app.atrium.plans.Plan;
import app.atrium.plans.PlanPeriod;
import app.atrium.plans.PlanStatus;
import app.atrium.plans.Workplace;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A plan as the API shows it: amounts as numbers in the tenant's {@code currency}. */
record PlanResource(
    UUID id,
    String code,
    String name,
    String description,
    BigDecimal price,
    boolean priceFrom,
    String currency,
    PlanPeriod period,
    Workplace workplace,
    List<Allowance> allowances,
    Set<Extra> extras,
    BigDecimal bookingDiscountPercent,
    LocationAccess locationAccess,
    AccessSchedule accessSchedule,
    BigDecimal freezeFeePerDay,
    boolean canBookDesks,
    boolean canBookRooms,
    PlanStatus status,
    int sortOrder,
    AllowancePool allowancePool,
    boolean rollover) {

  static PlanResource of(Plan p) {
    return new PlanResource(
        p.id(),
        p.code(),
        p.name(),
        p.description(),
        p.price().amount(),
        p.priceFrom(),
        p.price().currency().getCurrencyCode(),
        p.period(),
        p.workplace(),
        p.allowances(),
        p.extras(),
        p.bookingDiscountPercent(),
        p.locationAccess(),
        p.accessSchedule(),
        p.freezeFeePerDay().amount(),
        p.canBookDesks(),
        p.canBookRooms(),
        p.status(),
        p.sortOrder(),
        p.allowancePool(),
        p.rollover());
  }
}
