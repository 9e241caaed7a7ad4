package app.atrium.plans.rest;

import app.atrium.plans.AddOn;
import app.atrium.plans.Freeze;
import app.atrium.plans.Membership;
import app.atrium.plans.MembershipDetails;
import app.atrium.plans.MembershipStatus;
import app.atrium.plans.MembershipTerm;
import app.atrium.plans.PlanSegment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A membership as the API shows it: the plan and agreed price in force today ({@code price} per
 * month, per day for a day pass, in {@code currency}); with its plans by date, freezes and add-ons
 * when read one at a time.
 */
record MembershipResource(
    UUID id,
    UUID memberId,
    UUID planId,
    String planName,
    UUID locationId,
    LocalDate startsOn,
    LocalDate endsOn,
    MembershipStatus status,
    MembershipTerm term,
    LocalDate termStartsOn,
    boolean prepaid,
    boolean autopay,
    BigDecimal price,
    String currency,
    Instant cancelledAt,
    UUID workspaceResourceId,
    UUID workspaceUnitId,
    LocalDate workspaceFrom,
    LocalDate workspaceUntil,
    Instant createdAt,
    Boolean frozenToday,
    List<Segment> plans,
    Segment scheduledChange,
    List<FreezeResource> freezes,
    List<AddOnResource> addOns) {

  /** A plan from a day to a day (null: to the end) at an agreed price. */
  record Segment(
      LocalDate startsOn,
      LocalDate endsOn,
      UUID planId,
      String planName,
      BigDecimal price,
      String priceNote) {
    static Segment of(PlanSegment s) {
      return s == null
          ? null
          : new Segment(
              s.startsOn(), s.endsOn(), s.planId(), s.planName(), s.price().amount(), s.note());
    }
  }

  static MembershipResource of(Membership m) {
    return of(m, null);
  }

  static MembershipResource of(MembershipDetails d) {
    return of(d.membership(), d);
  }

  private static MembershipResource of(Membership m, MembershipDetails d) {
    return new MembershipResource(
        m.id(),
        m.memberId(),
        m.planId(),
        m.planName(),
        m.locationId(),
        m.startsOn(),
        m.endsOn(),
        m.status(),
        m.term(),
        m.termStartsOn(),
        m.prepaid(),
        m.autopay(),
        m.price().amount(),
        m.price().currency().getCurrencyCode(),
        m.cancelledAt(),
        m.workspaceResourceId(),
        m.workspaceUnitId(),
        m.workspaceFrom(),
        m.workspaceUntil(),
        m.createdAt(),
        d == null ? null : d.frozenToday(),
        d == null ? null : d.plans().stream().map(Segment::of).toList(),
        d == null ? null : Segment.of(d.scheduledChange()),
        d == null ? null : d.freezes().stream().map(FreezeResource::of).toList(),
        d == null ? null : d.addOns().stream().map(AddOnResource::of).toList());
  }

  /** A freeze of whole days. */
  record FreezeResource(
      UUID id, LocalDate firstDay, LocalDate lastDay, long days, String reason, Instant createdAt) {
    static FreezeResource of(Freeze f) {
      return new FreezeResource(
          f.id(), f.firstDay(), f.lastDay(), f.days(), f.reason(), f.createdAt());
    }
  }

  /** A recurring add-on at a monthly price per unit (0 when the plan includes it). */
  record AddOnResource(
      UUID id,
      String kind,
      int quantity,
      BigDecimal price,
      boolean included,
      LocalDate startsOn,
      LocalDate endsOn,
      String note) {
    static AddOnResource of(AddOn a) {
      return new AddOnResource(
          a.id(),
          a.kind().name(),
          a.quantity(),
          a.price().amount(),
          a.included(),
          a.startsOn(),
          a.endsOn(),
          a.note());
    }
  }
}
