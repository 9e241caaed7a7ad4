package app.atrium.plans;

import app.atrium.platform.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A member on a plan at a home location, from {@code startsOn} to {@code endsOn} inclusive (null:
 * open-ended and not cancelled). {@code planId}, {@code planName} and {@code price} (the agreed
 * monthly price, or the day's for a day pass) are those in force on the day it was read for: today
 * at the home location, or the day asked for ({@link Memberships#activeOn}); before the start, the
 * first plan. A fixed term runs from {@code termStartsOn} to {@code endsOn}; {@code cancelledAt} is
 * set once it is cancelled (it then ends on {@code endsOn} and is not renewed). The assigned
 * workspace, if any, is a unit of a spaces resource held from {@code workspaceFrom} to the end or
 * {@code workspaceUntil}.
 */
public record Membership(
    UUID id,
    UUID memberId,
    UUID planId,
    UUID locationId,
    LocalDate startsOn,
    LocalDate endsOn,
    MembershipStatus status,
    Instant createdAt,
    String planName,
    Money price,
    MembershipTerm term,
    LocalDate termStartsOn,
    boolean prepaid,
    boolean autopay,
    Instant cancelledAt,
    UUID workspaceResourceId,
    UUID workspaceUnitId,
    LocalDate workspaceFrom,
    LocalDate workspaceUntil) {

  /** Whether it runs on {@code date}: active and within its dates (frozen days included). */
  public boolean runsOn(LocalDate date) {
    return status == MembershipStatus.ACTIVE
        && !startsOn.isAfter(date)
        && (endsOn == null || !endsOn.isBefore(date));
  }

  public boolean cancelled() {
    return cancelledAt != null;
  }

  /** Whether it holds its workspace on {@code date}. */
  public boolean holdsWorkspaceOn(LocalDate date) {
    return workspaceUnitId != null
        && runsOn(date)
        && !workspaceFrom.isAfter(date)
        && (workspaceUntil == null || !workspaceUntil.isBefore(date));
  }
}
