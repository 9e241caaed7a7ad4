package app.atrium.plans.application;

import app.atrium.plans.Freeze;
import app.atrium.plans.Membership;
import app.atrium.plans.MembershipStatus;
import app.atrium.plans.Plan;
import app.atrium.plans.domain.Timeline;
import app.atrium.plans.persistence.AddOnStore;
import app.atrium.plans.persistence.MembershipRow;
import app.atrium.plans.persistence.SegmentRow;
import java.time.LocalDate;
import java.util.List;

/** One membership with all its rows, the catalogue and today at its home location. */
public record Loaded(
    MembershipRow row,
    List<SegmentRow> segments,
    List<Freeze> freezes,
    List<AddOnStore.Row> addOns,
    Catalogue catalogue,
    LocalDate today,
    MembershipViews views) {

  public Membership membership() {
    return views.membership(row, segments, today, catalogue);
  }

  public Membership membershipOn(LocalDate day) {
    return views.membership(row, segments, day, catalogue);
  }

  public SegmentRow segmentOn(LocalDate day) {
    return MembershipViews.segmentOn(segments, day);
  }

  public Plan planOn(LocalDate day) {
    return catalogue.plan(segmentOn(day).planId());
  }

  public Timeline timeline() {
    return views.timeline(row, segments, freezes, addOns, catalogue);
  }

  /** Active, started and not yet over on {@code day}. */
  public boolean runsOn(LocalDate day) {
    return row.status() == MembershipStatus.ACTIVE
        && !row.startsOn().isAfter(day)
        && (row.endsOn() == null || !row.endsOn().isBefore(day));
  }

  /** Active and not over by {@code day} (it may start later). */
  public boolean liveOn(LocalDate day) {
    return row.status() == MembershipStatus.ACTIVE
        && (row.endsOn() == null || !row.endsOn().isBefore(day));
  }
}
