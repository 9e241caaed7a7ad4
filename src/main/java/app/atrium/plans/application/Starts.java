package app.atrium.plans.application;

import app.atrium.plans.DayPassDraft;
import app.atrium.plans.MembershipChanged;
import app.atrium.plans.MembershipDraft;
import app.atrium.plans.MembershipEventKind;
import app.atrium.plans.MembershipStatus;
import app.atrium.plans.MembershipTerm;
import app.atrium.plans.Plan;
import app.atrium.plans.PlanPeriod;
import app.atrium.plans.Plans;
import app.atrium.plans.domain.AgreedPrices;
import app.atrium.plans.persistence.MembershipRow;
import app.atrium.plans.persistence.MembershipStore;
import app.atrium.plans.persistence.SegmentRow;
import app.atrium.platform.web.AtriumException;
import app.atrium.tenancy.Location;
import app.atrium.tenancy.Locations;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Starting memberships: on any plan from a date, or a day pass bought on the spot. */
@Component
public class Starts {

  static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  private final MembershipStore store;
  private final Plans plans;
  private final Locations locations;
  private final Workspaces workspaces;
  private final MembershipViews views;
  private final History history;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Starts(
      MembershipStore store,
      Plans plans,
      Locations locations,
      Workspaces workspaces,
      MembershipViews views,
      History history,
      ApplicationEventPublisher events,
      Clock clock) {
    this.store = store;
    this.plans = plans;
    this.locations = locations;
    this.workspaces = workspaces;
    this.views = views;
    this.history = history;
    this.events = events;
    this.clock = clock;
  }

  /** Checks the draft, writes the membership and its first plan; answers its id. */
  public UUID start(MembershipDraft d) {
    if (d.memberId() == null) throw AtriumException.invalid("memberId", "is required");
    if (d.planId() == null) throw AtriumException.invalid("planId", "is required");
    if (d.locationId() == null) throw AtriumException.invalid("locationId", "is required");
    if (d.startsOn() == null) throw AtriumException.invalid("startsOn", "is required");
    if (d.startsOn().isBefore(EARLIEST) || d.startsOn().isAfter(LATEST)) {
      throw AtriumException.invalid("startsOn", "must be between 2000-01-01 and 2100-12-31");
    }
    Plan plan =
        plans.find(d.planId()).orElseThrow(() -> AtriumException.invalid("planId", "no such plan"));
    if (!plan.active()) {
      throw AtriumException.invalid(
          "planId", "the plan '" + plan.name() + "' is archived; choose an active plan");
    }
    if (locations.find(d.locationId()).isEmpty()) {
      throw AtriumException.invalid("locationId", "no such location");
    }
    MembershipTerm term = term(d.term(), plan);
    boolean prepaid = Boolean.TRUE.equals(d.prepaid());
    if (prepaid && !term.fixed()) {
      throw AtriumException.invalid("prepaid", "only a fixed term (3, 6 or 12 months) is prepaid");
    }
    BigDecimal price = d.price() == null ? plan.price().amount() : d.price();
    AgreedPrices.problem(plan, price)
        .ifPresent(
            p -> {
              throw AtriumException.invalid("price", p);
            });
    Workspaces.Choice workspace = null;
    if (d.workspaceResourceId() != null || d.workspaceUnitId() != null) {
      if (!plan.assignsWorkspace()) {
        throw AtriumException.invalid(
            "workspaceResourceId",
            "the plan '" + plan.name() + "' has no fixed desk or office to assign");
      }
      workspace = workspaces.check(d.workspaceResourceId(), d.workspaceUnitId(), d.locationId());
    }
    LocalDate endsOn =
        switch (term) {
          case DAY -> d.startsOn();
          case OPEN_ENDED -> null;
          default -> term.lastDayFrom(d.startsOn());
        };
    if (endsOn != null && endsOn.isAfter(LATEST)) {
      throw AtriumException.invalid("startsOn", "the term would end after 2100-12-31");
    }
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    MembershipRow row =
        new MembershipRow(
            id,
            d.memberId(),
            d.locationId(),
            d.startsOn(),
            endsOn,
            MembershipStatus.ACTIVE,
            now,
            term,
            term.fixed() ? d.startsOn() : null,
            prepaid,
            Boolean.TRUE.equals(d.autopay()),
            null,
            workspace == null ? null : workspace.resourceId(),
            workspace == null ? null : workspace.unitId(),
            workspace == null ? null : d.startsOn(),
            null);
    Refusals.guard(
        () -> {
          store.insert(row);
          store.insertSegment(
              new SegmentRow(id, d.startsOn(), plan.id(), price, d.priceNote()), now);
        });
    history.record(
        id,
        term == MembershipTerm.DAY
            ? MembershipEventKind.DAY_PASS_SOLD
            : MembershipEventKind.STARTED,
        d.startsOn(),
        endsOn,
        plan.name(),
        price,
        d.priceNote());
    events.publishEvent(new MembershipChanged(id, d.memberId(), d.startsOn()));
    return id;
  }

  /** A day pass for today at the location: refused when the member already has one there today. */
  public UUID dayPass(DayPassDraft d, List<app.atrium.plans.Membership> running) {
    if (d.memberId() == null) throw AtriumException.invalid("memberId", "is required");
    UUID locationId = d.locationId() == null ? onlyLocation() : d.locationId();
    if (locations.find(locationId).isEmpty()) {
      throw AtriumException.invalid("locationId", "no such location");
    }
    Plan plan = d.planId() == null ? onlyDayPlan() : dayPlan(d.planId());
    LocalDate today = views.today(locationId);
    boolean has =
        running.stream()
            .anyMatch(
                m ->
                    m.term() == MembershipTerm.DAY
                        && m.locationId().equals(locationId)
                        && m.runsOn(today));
    if (has) {
      throw AtriumException.conflict(
          "day-pass-exists", "The member already has a day pass here today.");
    }
    return start(
        new MembershipDraft(
            d.memberId(),
            plan.id(),
            locationId,
            today,
            MembershipTerm.DAY,
            false,
            d.price(),
            null,
            false,
            null,
            null));
  }

  private UUID onlyLocation() {
    List<Location> all = locations.list();
    if (all.size() != 1) {
      throw AtriumException.invalid("locationId", "is required: the coworking has several");
    }
    return all.getFirst().id();
  }

  private Plan onlyDayPlan() {
    List<Plan> day =
        plans.list(app.atrium.plans.PlanStatus.ACTIVE).stream()
            .filter(p -> p.period() == PlanPeriod.DAY)
            .toList();
    if (day.isEmpty()) {
      throw AtriumException.conflict(
          "no-day-plan", "There is no day plan on sale; create one (period: day) first.");
    }
    if (day.size() > 1) {
      throw AtriumException.invalid("planId", "is required: several day plans are on sale");
    }
    return day.getFirst();
  }

  private Plan dayPlan(UUID id) {
    Plan p = plans.find(id).orElseThrow(() -> AtriumException.invalid("planId", "no such plan"));
    if (p.period() != PlanPeriod.DAY) {
      throw AtriumException.invalid("planId", "the plan '" + p.name() + "' is not a day plan");
    }
    return p;
  }

  private static MembershipTerm term(MembershipTerm asked, Plan plan) {
    boolean day = plan.period() == PlanPeriod.DAY;
    if (asked == null) return day ? MembershipTerm.DAY : MembershipTerm.OPEN_ENDED;
    if (day != (asked == MembershipTerm.DAY)) {
      throw AtriumException.invalid(
          "term",
          day
              ? "a day plan's membership is one day: leave the term out or give DAY"
              : "DAY is for day plans; give OPEN_ENDED, MONTHS_3, MONTHS_6 or MONTHS_12");
    }
    return asked;
  }
}
