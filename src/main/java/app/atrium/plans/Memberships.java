package app.atrium.plans;

import app.atrium.plans.application.Callers;
import app.atrium.plans.application.Catalogue;
import app.atrium.plans.application.Endings;
import app.atrium.plans.application.Extras;
import app.atrium.plans.application.Freezes;
import app.atrium.plans.application.Loaded;
import app.atrium.plans.application.Loader;
import app.atrium.plans.application.MembershipViews;
import app.atrium.plans.application.PlanMoves;
import app.atrium.plans.application.Starts;
import app.atrium.plans.domain.AllowanceProration;
import app.atrium.plans.domain.Fee;
import app.atrium.plans.domain.MembershipFees;
import app.atrium.plans.domain.Timeline;
import app.atrium.plans.domain.UpgradePreview;
import app.atrium.plans.persistence.FreezeStore;
import app.atrium.plans.persistence.HistoryStore;
import app.atrium.plans.persistence.MembershipRow;
import app.atrium.plans.persistence.MembershipStore;
import app.atrium.plans.persistence.SegmentRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' memberships of the current tenant: what other modules and every channel call. Each
 * method is one transaction, or joins the caller's. "Today" is the date at the membership's home
 * location. Changes that may change what a membership grants publish {@link MembershipChanged}
 * inside their transaction. The reads meant for the API and pages ({@link #getVisible}, {@link
 * #listVisible}, {@link #details}, {@link #history}, {@link #fee}) show a signed-in member her own
 * memberships only; the others answer any caller.
 */
@Service
public class Memberships {

  private final MembershipStore store;
  private final FreezeStore freezes;
  private final HistoryStore historyStore;
  private final MembershipViews views;
  private final Loader loader;
  private final Callers callers;
  private final Starts starts;
  private final Freezes freezing;
  private final PlanMoves moves;
  private final Endings endings;
  private final Extras extras;
  private final app.atrium.plans.persistence.AddOnStore addOnStore;

  Memberships(
      MembershipStore store,
      FreezeStore freezes,
      HistoryStore historyStore,
      MembershipViews views,
      Loader loader,
      Callers callers,
      Starts starts,
      Freezes freezing,
      PlanMoves moves,
      Endings endings,
      Extras extras,
      app.atrium.plans.persistence.AddOnStore addOnStore) {
    this.store = store;
    this.freezes = freezes;
    this.historyStore = historyStore;
    this.views = views;
    this.loader = loader;
    this.callers = callers;
    this.starts = starts;
    this.freezing = freezing;
    this.moves = moves;
    this.endings = endings;
    this.extras = extras;
    this.addOnStore = addOnStore;
  }

  // --- starting ---------------------------------------------------------------------------------

  /**
   * Puts a member on a plan from {@code startsOn} (see {@link MembershipDraft} for the term, price
   * and workspace rules). The member is known by id only and must exist in this tenant.
   */
  @Transactional
  public Membership start(MembershipDraft draft) {
    return loader.load(starts.start(draft)).membership();
  }

  /** Sells a day pass for today (a DAY-plan membership of one day). */
  @Transactional
  public Membership dayPass(DayPassDraft draft) {
    List<Membership> running = draft.memberId() == null ? List.of() : read(draft.memberId(), null);
    return loader.load(starts.dayPass(draft, running)).membership();
  }

  // --- reading ----------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public Optional<Membership> find(UUID id) {
    return store.find(id).map(r -> loader.load(id).membership());
  }

  /** The membership as of today, or a 404 problem. */
  @Transactional(readOnly = true)
  public Membership get(UUID id) {
    return loader.load(id).membership();
  }

  /** The same for the API: a member asking for someone else's gets a 404 problem too. */
  @Transactional(readOnly = true)
  public Membership getVisible(UUID id) {
    return loader.loadVisible(id).membership();
  }

  /** The membership with its plans, freezes, add-ons and history, for its page. */
  @Transactional(readOnly = true)
  public MembershipDetails details(UUID id) {
    Loaded l = loader.loadVisible(id);
    return new MembershipDetails(
        l.membership(),
        l.today(),
        views.segments(l.row(), l.segments(), l.catalogue()),
        l.freezes(),
        l.addOns().stream().map(a -> views.addOn(a, l.catalogue())).toList(),
        historyStore.of(id));
  }

  /** The membership's history, newest first. */
  @Transactional(readOnly = true)
  public List<MembershipEvent> history(UUID id) {
    loader.loadVisible(id);
    return historyStore.of(id);
  }

  /** Memberships, newest first, of {@code memberId} and/or on {@code planId} today (null: any). */
  @Transactional(readOnly = true)
  public List<Membership> list(UUID memberId, UUID planId) {
    List<Membership> all = read(memberId, null);
    return planId == null ? all : all.stream().filter(m -> m.planId().equals(planId)).toList();
  }

  /** The same for the API: a signed-in member sees her own only. */
  @Transactional(readOnly = true)
  public List<Membership> listVisible(UUID memberId, UUID planId) {
    Optional<UUID> self = callers.memberSelf();
    if (self.isPresent()) {
      if (memberId != null && !memberId.equals(self.get())) return List.of();
      memberId = self.get();
    }
    return list(memberId, planId);
  }

  /** The member's memberships that run today, "today" being the date at their home location. */
  @Transactional(readOnly = true)
  public List<Membership> activeFor(UUID memberId) {
    return read(memberId, null).stream()
        .filter(m -> m.runsOn(views.today(m.locationId())))
        .toList();
  }

  /**
   * The member's memberships that run on {@code date} (frozen days included), each with the plan
   * and price in force that day.
   */
  @Transactional(readOnly = true)
  public List<Membership> activeOn(UUID memberId, LocalDate date) {
    return read(memberId, date).stream().filter(m -> m.runsOn(date)).toList();
  }

  /**
   * Whether the member is frozen on {@code date}: some membership of hers runs that day and every
   * one that does is frozen (a day pass bought during a freeze lets her in). No booking and no door
   * access on such a day.
   */
  @Transactional(readOnly = true)
  public boolean frozenOn(UUID memberId, LocalDate date) {
    Map<UUID, List<Freeze>> byMembership = freezes.ofMember(memberId);
    List<Membership> running = activeOn(memberId, date);
    return !running.isEmpty()
        && running.stream()
            .allMatch(
                m ->
                    byMembership.getOrDefault(m.id(), List.of()).stream()
                        .anyMatch(f -> f.covers(date)));
  }

  /**
   * Fixed-term, active memberships not cancelled whose end date lies in {@code from..to}
   * (inclusive), soonest first: those to remind about and renew.
   */
  @Transactional(readOnly = true)
  public List<Membership> endingBetween(LocalDate from, LocalDate to) {
    Map<UUID, LocalDate> today = views.todayByLocation();
    return store.endingBetween(from, to).stream()
        .map(
            r ->
                views.membership(
                    r, store.segmentsOf(r.id()), today.getOrDefault(r.locationId(), r.endsOn())))
        .toList();
  }

  /**
   * What the membership grants for {@code period}: each plan's allowances prorated by the unfrozen
   * days it runs in the month (start day inclusive), hours rounded down to the half hour and other
   * kinds to whole units; an upgrade adds the new plan's share for the rest of the month to what
   * the old one granted; pool and rollover are those of the plan on its last day in the month. A
   * membership that does not run in the period grants nothing.
   */
  @Transactional(readOnly = true)
  public Entitlement entitlement(UUID membershipId, YearMonth period) {
    Loaded l = loader.load(membershipId);
    Timeline t = l.planTimeline();
    Map<AllowanceKind, BigDecimal> quantities = AllowanceProration.forMonth(period, t);
    Plan last = AllowanceProration.lastPlanIn(period, t).orElse(null);
    return new Entitlement(
        membershipId,
        l.row().memberId(),
        period,
        quantities,
        last == null ? AllowancePool.MEMBER : last.allowancePool(),
        last != null && last.rollover());
  }

  /** What the membership costs in {@code month} as it stands (plans, freezes, add-ons). */
  @Transactional(readOnly = true)
  public Fee fee(UUID membershipId, YearMonth month) {
    return MembershipFees.forMonth(month, loader.loadVisible(membershipId).timeline());
  }

  /**
   * What the memberships of {@code memberIds} cost in {@code month} as they stand, each like {@link
   * #fee}: one entry per membership that runs in the month, oldest first per member. Four queries
   * whatever the number of members (what an invoice run reads per batch); no caller check (a job's
   * call).
   */
  @Transactional(readOnly = true)
  public List<MonthFee> fees(java.util.Collection<UUID> memberIds, YearMonth month) {
    List<MembershipRow> rows = store.overlapping(memberIds, month.atDay(1), month.atEndOfMonth());
    if (rows.isEmpty()) return List.of();
    List<UUID> ids = rows.stream().map(MembershipRow::id).toList();
    Map<UUID, List<SegmentRow>> segments = store.segmentsOfAll(ids);
    Map<UUID, List<Freeze>> frozen = freezes.ofAll(ids);
    Map<UUID, List<app.atrium.plans.persistence.AddOnStore.Row>> addOns = addOnStore.ofAll(ids);
    Catalogue c = views.catalogue();
    List<MonthFee> out = new java.util.ArrayList<>();
    for (MembershipRow r : rows) {
      if (r.status() != MembershipStatus.ACTIVE) continue;
      Timeline t =
          views.timeline(
              r,
              segments.getOrDefault(r.id(), List.of()),
              frozen.getOrDefault(r.id(), List.of()),
              addOns.getOrDefault(r.id(), List.of()),
              c);
      out.add(new MonthFee(r.id(), r.memberId(), MembershipFees.forMonth(month, t)));
    }
    return out;
  }

  /**
   * The day passes sold to these members for days in {@code first..last} (voided ones left out), by
   * day: what an invoice run bills in arrears. No caller check (a job's call).
   */
  @Transactional(readOnly = true)
  public List<DayPassSale> dayPasses(
      java.util.Collection<UUID> memberIds, java.time.LocalDate first, java.time.LocalDate last) {
    return store.dayPasses(memberIds, first, last);
  }

  /** The membership as the fee and allowance rules see it (for billing's own calculations). */
  @Transactional(readOnly = true)
  public Timeline timeline(UUID membershipId) {
    return loader.load(membershipId).timeline();
  }

  /** How many memberships run today on each plan (plans without any are absent). */
  @Transactional(readOnly = true)
  public Map<UUID, Long> activeCountByPlan() {
    Map<UUID, Long> counts = new HashMap<>();
    for (Membership m : read(null, null)) {
      if (m.runsOn(views.today(m.locationId()))) counts.merge(m.planId(), 1L, Long::sum);
    }
    return counts;
  }

  // --- lifecycle --------------------------------------------------------------------------------

  /**
   * Freezes whole days, first to last inclusive; a fixed term ends that many days later. Refused
   * when the days overlap another freeze, and for a member when they begin in the past.
   */
  @Transactional
  public Freeze freeze(UUID membershipId, FreezeDraft draft) {
    return freezing.freeze(membershipId, draft);
  }

  /** Takes back a freeze that has not begun. */
  @Transactional
  public void removeFreeze(UUID membershipId, UUID freezeId) {
    freezing.remove(membershipId, freezeId);
  }

  /** What an upgrade today would credit, charge and add for the rest of the month. */
  @Transactional(readOnly = true)
  public UpgradePreview previewUpgrade(UUID membershipId, PlanChange change) {
    return moves.preview(membershipId, change);
  }

  /** Upgrades from today on; answers what it did (the same as its preview). */
  @Transactional
  public UpgradePreview upgrade(UUID membershipId, PlanChange change) {
    return moves.upgrade(membershipId, change);
  }

  /** Schedules a downgrade from the next month's 1st; answers that date. */
  @Transactional
  public LocalDate downgrade(UUID membershipId, PlanChange change) {
    return moves.downgrade(membershipId, change);
  }

  /** Takes back a scheduled plan change. */
  @Transactional
  public void cancelScheduledChange(UUID membershipId) {
    moves.cancelScheduled(membershipId);
  }

  /** Cancels (see {@link Cancellation}); answers the last day it runs, null when it never does. */
  @Transactional
  public LocalDate cancel(UUID membershipId, Cancellation cancellation) {
    return endings.cancel(membershipId, cancellation);
  }

  /**
   * Renews a fixed term: a new term of the same length from the day after the current one ends,
   * within {@value Endings#RENEWAL_WINDOW_DAYS} days of that end; answers its last day.
   */
  @Transactional
  public LocalDate renew(UUID id) {
    return endings.renew(id);
  }

  @Transactional
  public AddOn addAddOn(UUID membershipId, AddOnDraft draft) {
    return extras.addOn(membershipId, draft);
  }

  /** Ends an add-on on {@code endsOn} (null: the end of this month). */
  @Transactional
  public void endAddOn(UUID membershipId, UUID addOnId, LocalDate endsOn) {
    extras.endAddOn(membershipId, addOnId, endsOn);
  }

  /** Whether renewals and invoices charge the member's card by themselves. */
  @Transactional
  public void setAutopay(UUID membershipId, boolean autopay) {
    extras.setAutopay(membershipId, autopay);
  }

  /** Assigns a desk or an office (a unit of a spaces resource) from today on. */
  @Transactional
  public void assignWorkspace(UUID membershipId, UUID resourceId, UUID unitId) {
    extras.assignWorkspace(membershipId, resourceId, unitId);
  }

  @Transactional
  public void releaseWorkspace(UUID membershipId) {
    extras.releaseWorkspace(membershipId);
  }

  // ---------------------------------------------------------------------------------------------

  /** The member's (null: everyone's) memberships, each as of {@code day} (null: today there). */
  private List<Membership> read(UUID memberId, LocalDate day) {
    List<MembershipRow> rows = store.list(memberId);
    if (rows.isEmpty()) return List.of();
    Map<UUID, List<SegmentRow>> segments = store.segments(memberId);
    Map<UUID, LocalDate> today = day == null ? views.todayByLocation() : Map.of();
    return rows.stream()
        .map(
            r ->
                views.membership(
                    r,
                    segments.get(r.id()),
                    day != null ? day : today.getOrDefault(r.locationId(), r.startsOn())))
        .toList();
  }
}
