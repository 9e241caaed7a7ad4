package app.atrium.spaces;

import app.atrium.platform.web.AtriumException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What a resource of each kind may be made of: units for EXCLUSIVE (one) and CAPACITY (1 to 500),
 * parts for a COMPOSITE (2 to 20 active exclusive resources of its own location, not itself). Pure
 * functions over what the service read, so the rules read in one place.
 */
final class ResourceRules {

  static final int MAX_UNITS = 500;
  static final int MIN_PARTS = 2;

  private ResourceRules() {}

  /** A resource named as a part, as read (and locked) from the database. */
  record Candidate(
      UUID id, String name, ResourceKind kind, UUID locationId, ResourceStatus status) {}

  /** How many units a draft asks for, given the kind of its type. */
  static int unitCount(ResourceKind kind, ResourceDraft draft) {
    return switch (kind) {
      case EXCLUSIVE -> {
        if (draft.units() != null && draft.units() != 1) {
          throw AtriumException.invalid(
              "units", "an exclusive resource has exactly one unit; leave it out or send 1");
        }
        yield 1;
      }
      case CAPACITY -> {
        if (draft.units() == null) {
          throw AtriumException.invalid(
              "units", "is required for a capacity resource (1 to " + MAX_UNITS + ")");
        }
        yield draft.units();
      }
      case COMPOSITE -> {
        // It has no units of its own: it occupies its parts' units, one per (exclusive) part.
        int parts = draft.partIds() == null ? 0 : draft.partIds().size();
        if (draft.units() != null && draft.units() != parts) {
          throw AtriumException.invalid(
              "units",
              "a composite resource occupies one unit per part ("
                  + parts
                  + "); leave it out or send that number");
        }
        yield 0;
      }
    };
  }

  /** The unit label of a CAPACITY resource (default: its name), null for other kinds. */
  static String unitLabel(ResourceKind kind, ResourceDraft draft) {
    boolean given = draft.unitLabel() != null && !draft.unitLabel().isBlank();
    if (kind != ResourceKind.CAPACITY) {
      if (given) {
        throw AtriumException.invalid("unitLabel", "only a capacity resource labels its units");
      }
      return null;
    }
    String label = given ? draft.unitLabel().trim() : draft.name().trim();
    return label.length() > 40 ? label.substring(0, 40).trim() : label;
  }

  /** The part ids of a draft, in order, once the kind allows them. */
  static List<UUID> partIds(ResourceKind kind, ResourceDraft draft) {
    List<UUID> ids = draft.partIds() == null ? List.of() : draft.partIds();
    if (kind != ResourceKind.COMPOSITE) {
      if (!ids.isEmpty()) {
        throw AtriumException.invalid("partIds", "only a composite resource has parts");
      }
      return ids;
    }
    if (ids.size() < MIN_PARTS) {
      throw AtriumException.invalid(
          "partIds", "a composite resource is made of at least " + MIN_PARTS + " resources");
    }
    var seen = new HashSet<UUID>();
    for (int i = 0; i < ids.size(); i++) {
      if (!seen.add(ids.get(i))) {
        throw AtriumException.invalid("partIds[" + i + "]", "appears twice");
      }
    }
    return ids;
  }

  /**
   * Checks each part of a composite: it exists in this coworking, is not the composite itself, is
   * exclusive (so no capacity part and no composite of composites), at the same location, and (when
   * the composite is to be active) active.
   */
  static void checkParts(
      List<UUID> partIds,
      Map<UUID, Candidate> found,
      UUID self,
      UUID locationId,
      boolean requireActive) {
    for (int i = 0; i < partIds.size(); i++) {
      String field = "partIds[" + i + "]";
      UUID id = partIds.get(i);
      if (id.equals(self)) {
        throw AtriumException.invalid(field, "a composite cannot be a part of itself");
      }
      Candidate part = found.get(id);
      if (part == null) {
        throw AtriumException.invalid(field, "no resource " + id + " in this coworking");
      }
      if (part.kind() == ResourceKind.COMPOSITE) {
        throw AtriumException.invalid(
            field, "'" + part.name() + "' is itself a composite; composites cannot be nested");
      }
      if (part.kind() != ResourceKind.EXCLUSIVE) {
        throw AtriumException.invalid(
            field,
            "'"
                + part.name()
                + "' is a "
                + part.kind().name().toLowerCase(Locale.ROOT)
                + " resource; parts must be exclusive (one booking at a time)");
      }
      if (!part.locationId().equals(locationId)) {
        throw AtriumException.invalid(
            field, "'" + part.name() + "' is at another location; parts share their location");
      }
      if (requireActive && part.status() != ResourceStatus.ACTIVE) {
        throw AtriumException.invalid(field, "'" + part.name() + "' is archived");
      }
    }
  }

  /** Amenities trimmed, blanks dropped, duplicates (ignoring case) removed, order kept. */
  static List<String> amenities(List<String> amenities) {
    if (amenities == null) return List.of();
    Map<String, String> unique = new LinkedHashMap<>();
    for (String a : amenities) {
      if (a == null || a.isBlank()) continue;
      String t = a.trim();
      unique.putIfAbsent(t.toLowerCase(Locale.ROOT), t);
    }
    return List.copyOf(unique.values());
  }
}
