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
import java.util.function.Supplier;

/**
 * One membership with its plan rows; its freezes, add-ons, the catalogue and today at its home
 * location are read when first asked for.
 */
public final class Loaded {

  private final MembershipRow row;
  private final List<SegmentRow> segments;
  private final Supplier<List<Freeze>> freezeRows;
  private final Supplier<List<AddOnStore.Row>> addOnRows;
  private final MembershipViews views;
  private List<Freeze> freezes;
  private List<AddOnStore.Row> addOns;

  Loaded(
      MembershipRow row,
      List<SegmentRow> segments,
      Supplier<List<Freeze>> freezes,
      Supplier<List<AddOnStore.Row>> addOns,
      MembershipViews views) {
    this.row = row;
    this.segments = segments;
    this.freezeRows = freezes;
    this.addOnRows = addOns;
    this.views = views;
  }

  public MembershipRow row() {
    return row;
  }

  public List<SegmentRow> segments() {
    return segments;
  }

  public List<Freeze> freezes() {
    if (freezes == null) freezes = freezeRows.get();
    return freezes;
  }

  public List<AddOnStore.Row> addOns() {
    if (addOns == null) addOns = addOnRows.get();
    return addOns;
  }

  public Catalogue catalogue() {
    return views.catalogue();
  }

  public LocalDate today() {
    return views.today(row.locationId());
  }

  public MembershipViews views() {
    return views;
  }

  public Membership membership() {
    return views.membership(row, segments, today());
  }

  public SegmentRow segmentOn(LocalDate day) {
    return MembershipViews.segmentOn(segments, day);
  }

  public Plan planOn(LocalDate day) {
    return catalogue().plan(segmentOn(day).planId());
  }

  /** The timeline with its add-ons (for fees). */
  public Timeline timeline() {
    return views.timeline(row, segments, freezes(), addOns(), catalogue());
  }

  /** The timeline without add-ons (for allowances, which add-ons do not change). */
  public Timeline planTimeline() {
    return views.timeline(row, segments, freezes(), List.of(), catalogue());
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
