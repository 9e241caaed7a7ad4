package app.atrium.plans.application;

import app.atrium.plans.Cancellation;
import app.atrium.plans.MembershipChanged;
import app.atrium.plans.MembershipEventKind;
import app.atrium.plans.MembershipStatus;
import app.atrium.plans.MembershipTerm;
import app.atrium.plans.persistence.AddOnStore;
import app.atrium.plans.persistence.FreezeStore;
import app.atrium.plans.persistence.MembershipRow;
import app.atrium.plans.persistence.MembershipStore;
import app.atrium.plans.persistence.SegmentRow;
import app.atrium.platform.web.AtriumException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Cancellations and renewals. */
@Component
public class Endings {

  /** A fixed term may be renewed from this many days before its end. */
  public static final int RENEWAL_WINDOW_DAYS = 60;

  private final Loader loader;
  private final MembershipStore store;
  private final FreezeStore freezes;
  private final AddOnStore addOns;
  private final History history;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Endings(
      Loader loader,
      MembershipStore store,
      FreezeStore freezes,
      AddOnStore addOns,
      History history,
      ApplicationEventPublisher events,
      Clock clock) {
    this.loader = loader;
    this.store = store;
    this.freezes = freezes;
    this.addOns = addOns;
    this.history = history;
    this.events = events;
    this.clock = clock;
  }

  /** Cancels by the rules of {@link Cancellation}; answers the last day it runs (null: never). */
  public LocalDate cancel(UUID id, Cancellation c) {
    Loaded l = loader.lock(id);
    MembershipRow m = l.row();
    LocalDate today = l.today();
    if (m.term() == MembershipTerm.DAY) {
      throw AtriumException.conflict(
          "day-pass", "A day pass ends by itself at the end of its day.");
    }
    if (m.cancelledAt() != null || m.status() != MembershipStatus.ACTIVE) {
      throw AtriumException.conflict("already-cancelled", "This membership is cancelled already.");
    }
    if (m.endsOn() != null && m.endsOn().isBefore(today)) {
      throw AtriumException.conflict("membership-ended", "This membership has ended.");
    }
    String reason = c == null || c.reason() == null ? "" : c.reason().strip();
    LocalDate asked = c == null ? null : c.endsOn();
    if (m.startsOn().isAfter(today) && asked == null) {
      store.voidIt(id, clock.instant());
      history.record(id, MembershipEventKind.CANCELLED, null, null, null, null, reason);
      events.publishEvent(new MembershipChanged(id, m.memberId(), m.startsOn()));
      return null;
    }
    LocalDate endsOn = m.term().fixed() ? fixedEnd(m, asked, today) : openEnd(m, asked, today);
    Refusals.guard(
        () -> {
          store.deleteSegmentsFrom(id, endsOn.plusDays(1));
          freezes.clipTo(id, endsOn);
          addOns.clipTo(id, endsOn);
          store.cancel(id, endsOn, clock.instant());
        });
    history.record(id, MembershipEventKind.CANCELLED, endsOn, null, null, null, reason);
    events.publishEvent(new MembershipChanged(id, m.memberId(), endsOn.plusDays(1)));
    return endsOn;
  }

  /** A new fixed term from the day after the current one ends, at the same plan and price. */
  public LocalDate renew(UUID id) {
    Loaded l = loader.lock(id);
    MembershipRow m = l.row();
    if (!m.term().fixed()) {
      throw AtriumException.conflict(
          "not-fixed-term",
          m.term() == MembershipTerm.DAY
              ? "A day pass is not renewed; sell another one."
              : "An open-ended membership renews by itself every month.");
    }
    if (m.status() != MembershipStatus.ACTIVE || m.cancelledAt() != null) {
      throw AtriumException.conflict(
          "cancelled", "This membership is cancelled; start a new one instead.");
    }
    if (m.endsOn().minusDays(RENEWAL_WINDOW_DAYS).isAfter(l.today())) {
      throw AtriumException.conflict(
          "too-early",
          "The term ends on "
              + m.endsOn()
              + "; it can be renewed from "
              + RENEWAL_WINDOW_DAYS
              + " days before.");
    }
    LocalDate first = m.endsOn().plusDays(1);
    LocalDate last = m.term().lastDayFrom(first);
    if (last.isAfter(Starts.LATEST)) {
      throw AtriumException.conflict("too-late", "A new term would end after 2100-12-31.");
    }
    Refusals.guard(() -> store.setTerm(id, first, last));
    SegmentRow plan = l.segmentOn(first);
    history.record(
        id,
        MembershipEventKind.RENEWED,
        first,
        last,
        l.catalogue().plan(plan.planId()).name(),
        plan.price(),
        m.prepaid() ? "prepaid" : "");
    events.publishEvent(new MembershipChanged(id, m.memberId(), first));
    return last;
  }

  private static LocalDate openEnd(MembershipRow m, LocalDate asked, LocalDate today) {
    LocalDate monthEnd = YearMonth.from(today).atEndOfMonth();
    if (asked == null)
      return monthEnd.isBefore(m.startsOn())
          ? YearMonth.from(m.startsOn()).atEndOfMonth()
          : monthEnd;
    if (!asked.equals(YearMonth.from(asked).atEndOfMonth())) {
      throw AtriumException.invalid(
          "endsOn", "an open-ended membership ends on the last day of a month");
    }
    if (asked.isBefore(monthEnd) || asked.isBefore(m.startsOn())) {
      throw AtriumException.invalid("endsOn", "must be the end of this month or of a later one");
    }
    if (asked.isAfter(Starts.LATEST)) {
      throw AtriumException.invalid("endsOn", "must be on or before 2100-12-31");
    }
    return asked;
  }

  private static LocalDate fixedEnd(MembershipRow m, LocalDate asked, LocalDate today) {
    if (asked == null) return m.endsOn();
    if (asked.isBefore(today) || asked.isBefore(m.startsOn())) {
      throw AtriumException.invalid("endsOn", "must be today or later, within the membership");
    }
    if (asked.isAfter(m.endsOn())) {
      throw AtriumException.invalid(
          "endsOn", "must be on or before the term's end, " + m.endsOn() + "; renew to go on");
    }
    if (asked.isBefore(m.termStartsOn())) {
      throw AtriumException.invalid(
          "endsOn", "must be within the current term, from " + m.termStartsOn());
    }
    return asked;
  }
}
