package app.atrium.plans.application;

import app.atrium.plans.MembershipChanged;
import app.atrium.plans.MembershipEventKind;
import app.atrium.plans.MembershipTerm;
import app.atrium.plans.Plan;
import app.atrium.plans.PlanChange;
import app.atrium.plans.PlanPeriod;
import app.atrium.plans.Plans;
import app.atrium.plans.domain.AgreedPrices;
import app.atrium.plans.domain.PlanChanges;
import app.atrium.plans.domain.UpgradePreview;
import app.atrium.plans.persistence.MembershipRow;
import app.atrium.plans.persistence.MembershipStore;
import app.atrium.plans.persistence.SegmentRow;
import app.atrium.platform.money.Money;
import app.atrium.platform.web.AtriumException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Plan changes: an upgrade today, prorated (previewed first), a downgrade from the next month's
 * 1st, and taking a scheduled change back. A change that moves to another kind of workplace lets
 * the assigned desk or office go when it takes effect, unless the change assigns a new one.
 */
@Component
public class PlanMoves {

  private final Loader loader;
  private final MembershipStore store;
  private final Plans plans;
  private final Workspaces workspaces;
  private final History history;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PlanMoves(
      Loader loader,
      MembershipStore store,
      Plans plans,
      Workspaces workspaces,
      History history,
      ApplicationEventPublisher events,
      Clock clock) {
    this.loader = loader;
    this.store = store;
    this.plans = plans;
    this.workspaces = workspaces;
    this.history = history;
    this.events = events;
    this.clock = clock;
  }

  /** What an upgrade today would credit, charge and add; changes nothing. */
  public UpgradePreview preview(UUID id, PlanChange change) {
    Loaded l = loader.load(id);
    Target t = upgradeTarget(l, change);
    return PlanChanges.upgrade(l.timeline(), l.today(), t.plan, t.price);
  }

  /** Moves the membership to the dearer plan from today on; answers what it costs this month. */
  public UpgradePreview upgrade(UUID id, PlanChange change) {
    Loaded l = loader.lock(id);
    Target t = upgradeTarget(l, change);
    LocalDate today = l.today();
    Workspaces.Choice workspace = workspaceOf(change, t.plan, l.row());
    UpgradePreview preview = PlanChanges.upgrade(l.timeline(), today, t.plan, t.price);
    Plan old = l.planOn(today);
    boolean dropsScheduled = l.segments().stream().anyMatch(s -> s.startsOn().isAfter(today));
    Refusals.guard(
        () -> {
          store.deleteSegmentsFrom(id, today);
          store.insertSegment(
              new SegmentRow(id, today, t.plan.id(), t.price.amount(), change.priceNote()),
              clock.instant());
          if (workspace != null)
            store.setWorkspace(id, workspace.resourceId(), workspace.unitId(), today);
          else if (old.workplace() != t.plan.workplace())
            store.setWorkspaceUntil(id, today.minusDays(1));
        });
    if (dropsScheduled) {
      history.record(
          id, MembershipEventKind.SCHEDULED_CHANGE_CANCELLED, null, null, null, null, "");
    }
    history.record(
        id,
        MembershipEventKind.UPGRADED,
        today,
        null,
        t.plan.name(),
        preview.total().amount(),
        old.name());
    events.publishEvent(new MembershipChanged(id, l.row().memberId(), today));
    return preview;
  }

  /** Schedules the cheaper plan from the next month's 1st; answers that date. */
  public LocalDate downgrade(UUID id, PlanChange change) {
    Loaded l = loader.lock(id);
    MembershipRow m = l.row();
    LocalDate today = l.today();
    checkChangeable(l);
    LocalDate from = PlanChanges.downgradeStartsOn(today);
    if (from.isBefore(m.startsOn())) from = m.startsOn();
    if (m.endsOn() != null && m.endsOn().isBefore(from)) {
      throw AtriumException.conflict(
          "ends-before-change",
          "This membership ends on " + m.endsOn() + ", before a downgrade could take effect.");
    }
    Plan plan = newPlan(change);
    BigDecimal price = price(change, plan);
    SegmentRow current = l.segmentOn(today);
    Plan old = l.catalogue().plan(current.planId());
    if (plan.id().equals(old.id())) {
      throw AtriumException.invalid("planId", "the membership is on '" + plan.name() + "' already");
    }
    if (PlanChanges.isUpgrade(
        Money.of(current.price(), l.catalogue().currency()),
        Money.of(price, l.catalogue().currency()))) {
      throw AtriumException.invalid(
          "planId",
          "'" + plan.name() + "' costs more than the current plan: upgrade at once instead");
    }
    if (change.workspaceResourceId() != null || change.workspaceUnitId() != null) {
      throw AtriumException.invalid(
          "workspaceResourceId",
          "a downgrade takes effect next month; assign the workspace once it has");
    }
    LocalDate effective = from;
    Refusals.guard(
        () -> {
          store.deleteSegmentsFrom(id, effective);
          store.insertSegment(
              new SegmentRow(id, effective, plan.id(), price, change.priceNote()), clock.instant());
          if (old.workplace() != plan.workplace())
            store.setWorkspaceUntil(id, effective.minusDays(1));
        });
    history.record(
        id,
        MembershipEventKind.DOWNGRADE_SCHEDULED,
        effective,
        null,
        plan.name(),
        price,
        old.name());
    events.publishEvent(new MembershipChanged(id, m.memberId(), effective));
    return effective;
  }

  /** Takes back the plan change waiting for a later date. */
  public void cancelScheduled(UUID id) {
    Loaded l = loader.lock(id);
    LocalDate today = l.today();
    SegmentRow scheduled =
        l.segments().stream()
            .skip(1)
            .filter(s -> s.startsOn().isAfter(today))
            .findFirst()
            .orElseThrow(
                () ->
                    AtriumException.conflict(
                        "nothing-scheduled", "No plan change is scheduled for this membership."));
    store.deleteSegmentsFrom(id, scheduled.startsOn());
    MembershipRow m = l.row();
    if (m.workspaceUntil() != null
        && m.workspaceUntil().equals(scheduled.startsOn().minusDays(1))) {
      store.setWorkspaceUntil(id, null);
    }
    history.record(
        id,
        MembershipEventKind.SCHEDULED_CHANGE_CANCELLED,
        scheduled.startsOn(),
        null,
        l.catalogue().plan(scheduled.planId()).name(),
        null,
        "");
    events.publishEvent(new MembershipChanged(id, m.memberId(), scheduled.startsOn()));
  }

  private record Target(Plan plan, Money price) {}

  private Target upgradeTarget(Loaded l, PlanChange change) {
    checkChangeable(l);
    LocalDate today = l.today();
    if (!l.runsOn(today)) {
      throw AtriumException.conflict(
          "not-running",
          "This membership does not run today (it runs from "
              + l.row().startsOn()
              + "); an upgrade takes effect at once.");
    }
    Plan plan = newPlan(change);
    BigDecimal price = price(change, plan);
    SegmentRow current = l.segmentOn(today);
    if (plan.id().equals(current.planId())) {
      throw AtriumException.invalid("planId", "the membership is on '" + plan.name() + "' already");
    }
    Money now = Money.of(current.price(), l.catalogue().currency());
    Money next = Money.of(price, l.catalogue().currency());
    if (!PlanChanges.isUpgrade(now, next)) {
      throw AtriumException.invalid(
          "planId",
          "'"
              + plan.name()
              + "' does not cost more than the current plan: downgrade it from next month instead");
    }
    return new Target(plan, next);
  }

  private void checkChangeable(Loaded l) {
    if (l.row().term() == MembershipTerm.DAY) {
      throw AtriumException.conflict(
          "day-pass", "A day pass keeps its plan; sell a membership instead.");
    }
    if (!l.liveOn(l.today())) {
      throw AtriumException.conflict("membership-ended", "This membership has ended.");
    }
  }

  private Plan newPlan(PlanChange change) {
    if (change.planId() == null) throw AtriumException.invalid("planId", "is required");
    Plan plan =
        plans
            .find(change.planId())
            .orElseThrow(() -> AtriumException.invalid("planId", "no such plan"));
    if (!plan.active()) {
      throw AtriumException.invalid("planId", "the plan '" + plan.name() + "' is archived");
    }
    if (plan.period() != PlanPeriod.MONTH) {
      throw AtriumException.invalid("planId", "'" + plan.name() + "' is not a monthly plan");
    }
    return plan;
  }

  private static BigDecimal price(PlanChange change, Plan plan) {
    BigDecimal price = change.price() == null ? plan.price().amount() : change.price();
    AgreedPrices.problem(plan, price)
        .ifPresent(
            p -> {
              throw AtriumException.invalid("price", p);
            });
    return price;
  }

  private Workspaces.Choice workspaceOf(PlanChange change, Plan plan, MembershipRow m) {
    if (change.workspaceResourceId() == null && change.workspaceUnitId() == null) return null;
    if (!plan.assignsWorkspace()) {
      throw AtriumException.invalid(
          "workspaceResourceId",
          "the plan '" + plan.name() + "' has no fixed desk or office to assign");
    }
    return workspaces.check(change.workspaceResourceId(), change.workspaceUnitId(), m.locationId());
  }
}
