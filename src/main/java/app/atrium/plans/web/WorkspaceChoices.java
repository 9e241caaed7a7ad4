package app.atrium.plans.web;

import app.atrium.spaces.Resource;
import app.atrium.spaces.ResourceKind;
import app.atrium.spaces.ResourceStatus;
import app.atrium.spaces.Resources;
import app.atrium.spaces.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The desks and offices of a location that a membership may hold, for a select. */
@Component
class WorkspaceChoices {

  /** One option: "resourceId:unitId" and what staff read. */
  record Option(String value, String label) {}

  /** A resource and its options. */
  record Group(String name, List<Option> options) {}

  private final Resources resources;

  WorkspaceChoices(Resources resources) {
    this.resources = resources;
  }

  List<Group> at(UUID locationId) {
    List<Group> groups = new ArrayList<>();
    for (Resource r : resources.list(locationId, null, ResourceStatus.ACTIVE)) {
      if (r.kind() == ResourceKind.COMPOSITE) continue;
      List<Option> options = new ArrayList<>();
      for (Unit u : resources.units(r.id())) {
        options.add(
            new Option(
                r.id() + ":" + u.id(),
                r.kind() == ResourceKind.EXCLUSIVE ? r.name() : r.name() + " — " + u.label()));
      }
      groups.add(new Group(r.typeName() + ": " + r.name(), options));
    }
    return groups;
  }

  /** What staff read for a held unit, or null. */
  String label(UUID resourceId, UUID unitId) {
    if (resourceId == null) return null;
    return resources
        .find(resourceId)
        .map(
            r ->
                r.kind() == ResourceKind.EXCLUSIVE
                    ? r.name()
                    : r.name()
                        + " — "
                        + resources.units(r.id()).stream()
                            .filter(u -> u.id().equals(unitId))
                            .map(Unit::label)
                            .findFirst()
                            .orElse("?"))
        .orElse(null);
  }
}
