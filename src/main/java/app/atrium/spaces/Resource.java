package app.atrium.spaces;

import java.util.List;
import java.util.UUID;

/**
 * A bookable (or listed) thing at a location. {@code unitIds} are the units a booking of it
 * occupies: its own for EXCLUSIVE (one) and CAPACITY (N) resources, its parts' for a COMPOSITE;
 * {@code units} is their count. A composite's parts are in {@code partIds} (and, with names, in
 * {@code parts}); {@code partOf} lists the composites a resource is a part of.
 */
public record Resource(
    UUID id,
    UUID locationId,
    UUID typeId,
    String typeCode,
    String typeName,
    ResourceKind kind,
    String name,
    String description,
    Integer seats,
    String zone,
    List<String> amenities,
    ResourceStatus status,
    int units,
    String unitLabel,
    List<UUID> unitIds,
    List<UUID> partIds,
    List<Ref> parts,
    List<Ref> partOf) {

  /** Another resource named by id and name. */
  public record Ref(UUID id, String name) {}

  public boolean active() {
    return status == ResourceStatus.ACTIVE;
  }
}
