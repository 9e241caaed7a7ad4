package app.atrium.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A member on a plan at a home location, from {@code startsOn} to {@code endsOn} inclusive (null:
 * open-ended).
 */
public record Membership(
    UUID id,
    UUID memberId,
    UUID planId,
    UUID locationId,
    LocalDate startsOn,
    LocalDate endsOn,
    MembershipStatus status,
    Instant createdAt) {

  /** Whether it runs on {@code date}: active and within its dates. */
  public boolean runsOn(LocalDate date) {
    return status == MembershipStatus.ACTIVE
        && !startsOn.isAfter(date)
        && (endsOn == null || !endsOn.isBefore(date));
  }
}
