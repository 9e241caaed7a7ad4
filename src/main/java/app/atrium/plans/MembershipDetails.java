package app.atrium.plans;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything about one membership for its page: the membership as of {@code today} (at its home
 * location), its plans by date (a segment starting after today is a scheduled change), freezes,
 * add-ons and history (newest first).
 */
public record MembershipDetails(
    Membership membership,
    LocalDate today,
    List<PlanSegment> plans,
    List<Freeze> freezes,
    List<AddOn> addOns,
    List<MembershipEvent> history) {

  /** The plan change waiting for a later date, if any. */
  public PlanSegment scheduledChange() {
    return plans.stream().skip(1).filter(s -> s.startsOn().isAfter(today)).findFirst().orElse(null);
  }

  public boolean frozenToday() {
    return freezes.stream().anyMatch(f -> f.covers(today));
  }
}
