package app.atrium.spaces.web;

import app.atrium.spaces.Resource;
import app.atrium.spaces.ResourceKind;
import app.atrium.tenancy.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

/** The resources page's shape: locations, each with its resources grouped by type. */
public final class ResourceGroups {

  private ResourceGroups() {}

  /** A location and its resources by type. */
  public record AtLocation(UUID id, String name, List<OfType> types) {
    public int count() {
      return types.stream().mapToInt(t -> t.resources().size()).sum();
    }
  }

  /** The resources of one type at a location. */
  public record OfType(UUID typeId, String name, ResourceKind kind, List<Resource> resources) {}

  /**
   * Groups resources (already ordered by type and name) under the locations in their order;
   * locations without resources are left out.
   */
  static List<AtLocation> of(List<Location> locations, List<Resource> resources) {
    var groups = new ArrayList<AtLocation>();
    for (Location l : locations) {
      var byType = new LinkedHashMap<UUID, OfType>();
      for (Resource r : resources) {
        if (!r.locationId().equals(l.id())) continue;
        byType
            .computeIfAbsent(
                r.typeId(), k -> new OfType(r.typeId(), r.typeName(), r.kind(), new ArrayList<>()))
            .resources()
            .add(r);
      }
      if (!byType.isEmpty()) {
        groups.add(new AtLocation(l.id(), l.name(), List.copyOf(byType.values())));
      }
    }
    return groups;
  }
}
