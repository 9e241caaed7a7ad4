package app.atrium.plans.application;

import app.atrium.plans.persistence.AddOnStore;
import app.atrium.plans.persistence.FreezeStore;
import app.atrium.plans.persistence.MembershipRow;
import app.atrium.plans.persistence.MembershipStore;
import app.atrium.platform.web.AtriumException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Reads one membership whole, optionally locking it for a change. */
@Component
public class Loader {

  private final MembershipStore memberships;
  private final FreezeStore freezes;
  private final AddOnStore addOns;
  private final MembershipViews views;
  private final Callers callers;

  Loader(
      MembershipStore memberships,
      FreezeStore freezes,
      AddOnStore addOns,
      MembershipViews views,
      Callers callers) {
    this.memberships = memberships;
    this.freezes = freezes;
    this.addOns = addOns;
    this.views = views;
    this.callers = callers;
  }

  /** The membership, or a 404 problem. */
  public Loaded load(UUID id) {
    return whole(memberships.find(id).orElseThrow(() -> notFound(id)));
  }

  /** The same, locked until the transaction ends. */
  public Loaded lock(UUID id) {
    return whole(memberships.lock(id).orElseThrow(() -> notFound(id)));
  }

  /** The membership if the caller may see it (a member: her own only), else a 404 problem. */
  public Loaded loadVisible(UUID id) {
    Loaded l = load(id);
    callers.checkSees(l.row().memberId(), id);
    return l;
  }

  /** The same, locked, for a change the caller asks for. */
  public Loaded lockVisible(UUID id) {
    MembershipRow row = memberships.lock(id).orElseThrow(() -> notFound(id));
    callers.checkSees(row.memberId(), id);
    return whole(row);
  }

  private Loaded whole(MembershipRow row) {
    return new Loaded(
        row,
        memberships.segmentsOf(row.id()),
        () -> freezes.of(row.id()),
        () -> addOns.of(row.id()),
        views);
  }

  static AtriumException notFound(UUID id) {
    return AtriumException.notFound("Membership", id);
  }
}
