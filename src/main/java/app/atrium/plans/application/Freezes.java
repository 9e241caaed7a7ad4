package app.atrium.plans.application;

import app.atrium.plans.Freeze;
import app.atrium.plans.FreezeDraft;
import app.atrium.plans.MembershipChanged;
import app.atrium.plans.MembershipEventKind;
import app.atrium.plans.MembershipStatus;
import app.atrium.plans.MembershipTerm;
import app.atrium.plans.persistence.FreezeStore;
import app.atrium.plans.persistence.MembershipRow;
import app.atrium.plans.persistence.MembershipStore;
import app.atrium.platform.web.AtriumException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Freezes in whole days. A fixed term that is not cancelled ends later by the frozen days; any
 * other membership keeps its end, and a freeze must lie within it.
 */
@Component
public class Freezes {

  /** The longest freeze, in days. */
  public static final int LONGEST = 365;

  private final Loader loader;
  private final FreezeStore freezes;
  private final MembershipStore memberships;
  private final Callers callers;
  private final History history;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Freezes(
      Loader loader,
      FreezeStore freezes,
      MembershipStore memberships,
      Callers callers,
      History history,
      ApplicationEventPublisher events,
      Clock clock) {
    this.loader = loader;
    this.freezes = freezes;
    this.memberships = memberships;
    this.callers = callers;
    this.history = history;
    this.events = events;
    this.clock = clock;
  }

  public Freeze freeze(UUID membershipId, FreezeDraft d) {
    Loaded l = loader.lockVisible(membershipId);
    if (d.firstDay() == null) throw AtriumException.invalid("firstDay", "is required");
    if (d.lastDay() == null) throw AtriumException.invalid("lastDay", "is required");
    if (d.lastDay().isBefore(d.firstDay())) {
      throw AtriumException.invalid("lastDay", "must be on or after firstDay");
    }
    long days = ChronoUnit.DAYS.between(d.firstDay(), d.lastDay()) + 1;
    if (days > LONGEST) {
      throw AtriumException.invalid("lastDay", "a freeze lasts at most " + LONGEST + " days");
    }
    MembershipRow m = l.row();
    if (m.term() == MembershipTerm.DAY) {
      throw AtriumException.conflict("day-pass", "A day pass cannot be frozen.");
    }
    if (m.status() != MembershipStatus.ACTIVE) {
      throw AtriumException.conflict("membership-ended", "This membership never ran.");
    }
    if (callers.memberSelf().isPresent() && d.firstDay().isBefore(l.today())) {
      throw AtriumException.invalid("firstDay", "must be today or later");
    }
    if (d.firstDay().isBefore(m.startsOn())) {
      throw AtriumException.invalid(
          "firstDay", "must be on or after the membership's start, " + m.startsOn());
    }
    boolean shifts = m.term().fixed() && m.cancelledAt() == null;
    if (m.endsOn() != null) {
      LocalDate limit = m.endsOn();
      if (shifts ? d.firstDay().isAfter(limit) : d.lastDay().isAfter(limit)) {
        throw AtriumException.invalid(
            shifts ? "firstDay" : "lastDay", "must be on or before the membership's end, " + limit);
      }
    }
    Freeze f =
        new Freeze(
            UUID.randomUUID(),
            membershipId,
            d.firstDay(),
            d.lastDay(),
            days,
            d.reason() == null ? "" : d.reason().strip(),
            clock.instant());
    Refusals.guard(
        () -> {
          freezes.insert(f);
          if (shifts) memberships.setEnd(membershipId, m.endsOn().plusDays(days));
        });
    history.record(
        membershipId,
        MembershipEventKind.FROZEN,
        f.firstDay(),
        f.lastDay(),
        null,
        null,
        f.reason());
    events.publishEvent(new MembershipChanged(membershipId, m.memberId(), f.firstDay()));
    return f;
  }

  /** Takes back a freeze that has not begun; a fixed term's end moves back by its days. */
  public void remove(UUID membershipId, UUID freezeId) {
    Loaded l = loader.lockVisible(membershipId);
    MembershipRow m = l.row();
    Freeze f =
        freezes
            .find(membershipId, freezeId)
            .orElseThrow(() -> AtriumException.notFound("Freeze", freezeId));
    if (!f.firstDay().isAfter(l.today())) {
      throw AtriumException.conflict(
          "freeze-begun",
          "This freeze has begun (" + f.firstDay() + "); it can no longer be removed.");
    }
    freezes.delete(freezeId);
    if (m.term().fixed() && m.cancelledAt() == null) {
      memberships.setEnd(membershipId, m.endsOn().minusDays(f.days()));
    }
    history.record(
        membershipId,
        MembershipEventKind.FREEZE_REMOVED,
        f.firstDay(),
        f.lastDay(),
        null,
        null,
        f.reason());
    events.publishEvent(new MembershipChanged(membershipId, m.memberId(), f.firstDay()));
  }
}
