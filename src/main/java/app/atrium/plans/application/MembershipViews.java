package app.atrium.plans.application;

import app.atrium.plans.AddOn;
import app.atrium.plans.Extra;
import app.atrium.plans.Freeze;
import app.atrium.plans.Membership;
import app.atrium.plans.MembershipStatus;
import app.atrium.plans.Plan;
import app.atrium.plans.PlanSegment;
import app.atrium.plans.Plans;
import app.atrium.plans.domain.AddOnSpan;
import app.atrium.plans.domain.Days;
import app.atrium.plans.domain.PlanSpan;
import app.atrium.plans.domain.Timeline;
import app.atrium.plans.persistence.AddOnStore;
import app.atrium.plans.persistence.MembershipRow;
import app.atrium.plans.persistence.SegmentRow;
import app.atrium.platform.money.Money;
import app.atrium.tenancy.Location;
import app.atrium.tenancy.Locations;
import app.atrium.tenancy.Tenants;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Turns stored rows into the module's records and into the domain's timeline. */
@Component
public class MembershipViews {

  private final Plans plans;
  private final Tenants tenants;
  private final Locations locations;
  private final Clock clock;

  MembershipViews(Plans plans, Tenants tenants, Locations locations, Clock clock) {
    this.plans = plans;
    this.tenants = tenants;
    this.locations = locations;
    this.clock = clock;
  }

  /**
   * The catalogue, read once per transaction: a booking asks for several memberships' entitlements
   * in one, and the plans do not change under it.
   */
  public Catalogue catalogue() {
    Cache c = cached();
    if (c.catalogue == null) {
      c.catalogue =
          new Catalogue(
              plans.list().stream().collect(Collectors.toMap(Plan::id, Function.identity())),
              currency(),
              plans::find);
    }
    return c.catalogue;
  }

  /** The tenant's currency, read once per transaction. */
  public Currency currency() {
    Cache c = cached();
    if (c.currency == null) c.currency = Currency.getInstance(tenants.current().currency());
    return c.currency;
  }

  /** Today at a location (its time zone): the day rules about "now" are judged on. */
  public LocalDate today(UUID locationId) {
    return LocalDate.ofInstant(clock.instant(), zone(locationId));
  }

  /** Today at every location of the tenant, for reading many memberships at once. */
  public Map<UUID, LocalDate> todayByLocation() {
    Map<UUID, LocalDate> out = new HashMap<>();
    for (var e : zones().entrySet()) {
      out.put(e.getKey(), LocalDate.ofInstant(clock.instant(), e.getValue()));
    }
    return out;
  }

  public ZoneId zone(UUID locationId) {
    return zones().getOrDefault(locationId, ZoneOffset.UTC);
  }

  private Map<UUID, ZoneId> zones() {
    Cache c = cached();
    if (c.zones == null) {
      Map<UUID, ZoneId> zones = new HashMap<>();
      for (Location l : locations.list()) zones.put(l.id(), ZoneId.of(l.timeZone()));
      c.zones = zones;
    }
    return c.zones;
  }

  /** What one transaction reads at most once, as it first needs it. */
  private static final class Cache {
    Catalogue catalogue;
    Currency currency;
    Map<UUID, ZoneId> zones;
  }

  private Cache cached() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) return new Cache();
    Cache c = (Cache) TransactionSynchronizationManager.getResource(this);
    if (c != null) return c;
    Cache fresh = new Cache();
    TransactionSynchronizationManager.bindResource(this, fresh);
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(MembershipViews.this);
          }
        });
    return fresh;
  }

  /** The segment in force on {@code day}: the last started by then, or the first. */
  public static SegmentRow segmentOn(List<SegmentRow> segments, LocalDate day) {
    SegmentRow found = segments.getFirst();
    for (SegmentRow s : segments) if (!s.startsOn().isAfter(day)) found = s;
    return found;
  }

  public Membership membership(MembershipRow r, List<SegmentRow> segments, LocalDate day) {
    SegmentRow s = segmentOn(segments, day);
    String planName = s.planName() != null ? s.planName() : catalogue().plan(s.planId()).name();
    return new Membership(
        r.id(),
        r.memberId(),
        s.planId(),
        r.locationId(),
        r.startsOn(),
        r.endsOn(),
        r.status(),
        r.createdAt(),
        planName,
        Money.of(s.price(), currency()),
        r.term(),
        r.termStartsOn(),
        r.prepaid(),
        r.autopay(),
        r.cancelledAt(),
        r.workspaceResourceId(),
        r.workspaceUnitId(),
        r.workspaceFrom(),
        r.workspaceUntil());
  }

  /** The plans one after the other, each to the day before the next or the membership's end. */
  public List<PlanSegment> segments(MembershipRow r, List<SegmentRow> rows, Catalogue c) {
    List<PlanSegment> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      SegmentRow s = rows.get(i);
      LocalDate end = i + 1 < rows.size() ? rows.get(i + 1).startsOn().minusDays(1) : r.endsOn();
      if (r.endsOn() != null && s.startsOn().isAfter(r.endsOn())) break;
      out.add(
          new PlanSegment(
              s.startsOn(),
              end,
              s.planId(),
              c.plan(s.planId()).name(),
              Money.of(s.price(), c.currency()),
              s.note()));
    }
    return out;
  }

  public AddOn addOn(AddOnStore.Row r, Catalogue c) {
    return new AddOn(
        r.id(),
        r.membershipId(),
        Extra.valueOf(r.kind()),
        r.quantity(),
        Money.of(r.price(), c.currency()),
        r.included(),
        r.startsOn(),
        r.endsOn(),
        r.note());
  }

  /** The membership as the fee and allowance rules see it; one cancelled before it began: none. */
  public Timeline timeline(
      MembershipRow r,
      List<SegmentRow> rows,
      List<Freeze> freezes,
      List<AddOnStore.Row> addOns,
      Catalogue c) {
    if (r.status() == MembershipStatus.ENDED) {
      return new Timeline(c.currency(), List.of(), List.of(), List.of());
    }
    List<PlanSpan> spans = new ArrayList<>();
    for (PlanSegment s : segments(r, rows, c)) {
      spans.add(new PlanSpan(Days.of(s.startsOn(), s.endsOn()), c.plan(s.planId()), s.price()));
    }
    Days all = Days.of(r.startsOn(), r.endsOn());
    List<AddOnSpan> extras = new ArrayList<>();
    for (AddOnStore.Row a : addOns) {
      Days.of(a.startsOn(), a.endsOn())
          .intersect(all)
          .ifPresent(
              d ->
                  extras.add(
                      new AddOnSpan(
                          a.id(),
                          Extra.valueOf(a.kind()),
                          a.quantity(),
                          Money.of(a.price(), c.currency()),
                          a.included(),
                          d)));
    }
    return new Timeline(
        c.currency(),
        spans,
        freezes.stream().map(f -> Days.of(f.firstDay(), f.lastDay())).toList(),
        extras);
  }
}
