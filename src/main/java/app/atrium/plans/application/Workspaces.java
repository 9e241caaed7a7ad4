package app.atrium.plans.application;

import app.atrium.platform.web.AtriumException;
import app.atrium.spaces.Resource;
import app.atrium.spaces.ResourceKind;
import app.atrium.spaces.Resources;
import app.atrium.spaces.Unit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Checks a desk or office choice against the spaces catalogue. */
@Component
public class Workspaces {

  /** A resource and the one unit of it a membership holds. */
  public record Choice(UUID resourceId, UUID unitId) {}

  private final Resources resources;

  Workspaces(Resources resources) {
    this.resources = resources;
  }

  /**
   * The unit to hold: an exclusive resource's own (an office), or the chosen one of a resource of
   * several (a desk of the fixed-desk area). The resource must be active and at {@code locationId}.
   */
  public Choice check(UUID resourceId, UUID unitId, UUID locationId) {
    if (resourceId == null) {
      throw AtriumException.invalid("workspaceResourceId", "is required with a workspace unit");
    }
    Resource r =
        resources
            .find(resourceId)
            .orElseThrow(() -> AtriumException.invalid("workspaceResourceId", "no such resource"));
    if (!r.active()) {
      throw AtriumException.invalid("workspaceResourceId", "the resource is archived");
    }
    if (!r.locationId().equals(locationId)) {
      throw AtriumException.invalid(
          "workspaceResourceId", "is at another location than the membership's home location");
    }
    if (r.kind() == ResourceKind.COMPOSITE) {
      throw AtriumException.invalid(
          "workspaceResourceId", "is made of other resources; choose a desk or an office");
    }
    List<Unit> units = resources.units(resourceId);
    if (r.kind() == ResourceKind.EXCLUSIVE) {
      UUID own = units.getFirst().id();
      if (unitId != null && !unitId.equals(own)) {
        throw AtriumException.invalid("workspaceUnitId", "is not a unit of this resource");
      }
      return new Choice(resourceId, own);
    }
    if (unitId == null) {
      throw AtriumException.invalid(
          "workspaceUnitId", "choose which " + r.unitLabel() + " of '" + r.name() + "'");
    }
    if (units.stream().noneMatch(u -> u.id().equals(unitId))) {
      throw AtriumException.invalid("workspaceUnitId", "is not a unit of this resource");
    }
    return new Choice(resourceId, unitId);
  }
}
