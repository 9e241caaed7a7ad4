package app.atrium.plans.application;

import app.atrium.plans.AddOn;
import app.atrium.plans.AddOnDraft;
import app.atrium.plans.MembershipEventKind;
import app.atrium.plans.MembershipTerm;
import app.atrium.plans.Plan;
import app.atrium.plans.persistence.AddOnStore;
import app.atrium.plans.persistence.MembershipRow;
import app.atrium.plans.persistence.MembershipStore;
import app.atrium.platform.web.AtriumException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Recurring add-ons, autopay and the assigned workspace: what a membership carries along. */
@Component
public class Extras {

  private final Loader loader;
  private final AddOnStore addOns;
  private final MembershipStore store;
  private final Workspaces workspaces;
  private final History history;
  private final Clock clock;

  Extras(
      Loader loader,
      AddOnStore addOns,
      MembershipStore store,
      Workspaces workspaces,
      History history,
      Clock clock) {
    this.loader = loader;
    this.addOns = addOns;
    this.store = store;
    this.workspaces = workspaces;
    this.history = history;
    this.clock = clock;
  }

  public AddOn addOn(UUID id, AddOnDraft d) {
    Loaded l = loader.lock(id);
    if (d.kind() == null) throw AtriumException.invalid("kind", "is required");
    MembershipRow m = l.row();
    if (m.term() == MembershipTerm.DAY) {
      throw AtriumException.conflict(
          "day-pass", "A day pass has no monthly add-ons; add a one-off service instead.");
    }
    if (!l.liveOn(l.today())) {
      throw AtriumException.conflict("membership-ended", "This membership has ended.");
    }
    LocalDate startsOn =
        d.startsOn() != null
            ? d.startsOn()
            : (m.startsOn().isAfter(l.today()) ? m.startsOn() : l.today());
    if (startsOn.isBefore(m.startsOn()) || (m.endsOn() != null && startsOn.isAfter(m.endsOn()))) {
      throw AtriumException.invalid("startsOn", "must lie within the membership");
    }
    if (d.endsOn() != null && d.endsOn().isBefore(startsOn)) {
      throw AtriumException.invalid("endsOn", "must be on or after startsOn");
    }
    LocalDate endsOn = d.endsOn();
    if (m.endsOn() != null && (endsOn == null || endsOn.isAfter(m.endsOn()))) endsOn = m.endsOn();
    Plan plan = l.planOn(startsOn);
    boolean included = plan.includes(d.kind());
    BigDecimal price;
    if (included) {
      if (d.price() != null && d.price().signum() != 0) {
        throw AtriumException.invalid(
            "price", "the plan '" + plan.name() + "' includes it: leave the price out");
      }
      price = BigDecimal.ZERO;
    } else {
      if (d.price() == null) throw AtriumException.invalid("price", "is required (per month)");
      price = d.price();
    }
    var row =
        new AddOnStore.Row(
            UUID.randomUUID(),
            id,
            d.kind().name(),
            d.quantity() == null ? 1 : d.quantity(),
            price,
            included,
            startsOn,
            endsOn,
            d.note() == null ? "" : d.note().strip());
    Refusals.guard(() -> addOns.insert(row, clock.instant()));
    history.record(
        id, MembershipEventKind.ADD_ON_ADDED, startsOn, endsOn, null, price, d.kind().name());
    return l.views().addOn(row, l.catalogue());
  }

  /** Ends an add-on on {@code endsOn} (default: this month's last day); one not begun goes. */
  public void endAddOn(UUID id, UUID addOnId, LocalDate endsOn) {
    Loaded l = loader.lock(id);
    AddOnStore.Row a =
        addOns.find(id, addOnId).orElseThrow(() -> AtriumException.notFound("Add-on", addOnId));
    LocalDate end = endsOn != null ? endsOn : YearMonth.from(l.today()).atEndOfMonth();
    if (a.endsOn() != null && !end.isBefore(a.endsOn())) {
      throw AtriumException.conflict(
          "add-on-ends", "This add-on ends on " + a.endsOn() + " already.");
    }
    if (end.isBefore(a.startsOn())) {
      if (a.startsOn().isAfter(l.today())) {
        addOns.delete(addOnId);
      } else {
        throw AtriumException.invalid(
            "endsOn", "must be on or after the add-on's start, " + a.startsOn());
      }
    } else {
      addOns.setEnd(addOnId, end);
    }
    history.record(id, MembershipEventKind.ADD_ON_ENDED, null, end, null, null, a.kind());
  }

  public void setAutopay(UUID id, boolean on) {
    Loaded l = loader.lock(id);
    if (l.row().autopay() == on) return;
    store.setAutopay(id, on);
    history.record(
        id,
        on ? MembershipEventKind.AUTOPAY_ON : MembershipEventKind.AUTOPAY_OFF,
        null,
        null,
        null,
        null,
        "");
  }

  /** Assigns a desk or an office from today (or the start) to the end. */
  public void assignWorkspace(UUID id, UUID resourceId, UUID unitId) {
    Loaded l = loader.lock(id);
    MembershipRow m = l.row();
    if (!l.liveOn(l.today())) {
      throw AtriumException.conflict("membership-ended", "This membership has ended.");
    }
    LocalDate from = m.startsOn().isAfter(l.today()) ? m.startsOn() : l.today();
    Plan plan = l.planOn(from);
    if (!plan.assignsWorkspace()) {
      throw AtriumException.invalid(
          "workspaceResourceId",
          "the plan '" + plan.name() + "' has no fixed desk or office to assign");
    }
    Workspaces.Choice c = workspaces.check(resourceId, unitId, m.locationId());
    Refusals.guard(() -> store.setWorkspace(id, c.resourceId(), c.unitId(), from));
    history.record(id, MembershipEventKind.WORKSPACE_ASSIGNED, from, null, null, null, "");
  }

  /** Lets the assigned workspace go from today on. */
  public void releaseWorkspace(UUID id) {
    Loaded l = loader.lock(id);
    if (l.row().workspaceUnitId() == null) {
      throw AtriumException.conflict("no-workspace", "No desk or office is assigned.");
    }
    store.setWorkspaceUntil(id, l.today().minusDays(1));
    history.record(id, MembershipEventKind.WORKSPACE_RELEASED, l.today(), null, null, null, "");
  }
}
