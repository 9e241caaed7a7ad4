package app.atrium.spaces;

import app.atrium.platform.web.AtriumException;
import app.atrium.spaces.ResourceRules.Candidate;
import app.atrium.tenancy.Locations;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resources of the current tenant's locations and the units they are made of. The booking
 * module asks {@link #unitsOf(UUID)} which units a booking of a resource occupies.
 */
@Service
public class Resources {

  private final JdbcClient db;
  private final Locations locations;
  private final ResourceTypes types;
  private final ResourceUnits units;
  private final Validator validator;

  Resources(
      JdbcClient db,
      Locations locations,
      ResourceTypes types,
      ResourceUnits units,
      Validator validator) {
    this.db = db;
    this.locations = locations;
    this.types = types;
    this.units = units;
    this.validator = validator;
  }

  /** Resources by type and name; each filter is optional (null = any). */
  @Transactional(readOnly = true)
  public List<Resource> list(UUID locationId, UUID typeId, ResourceStatus status) {
    return db.sql(
            ResourceRows.SELECT
                + """
                 WHERE (CAST(:location AS uuid) IS NULL OR r.location_id = :location)
                   AND (CAST(:type AS uuid) IS NULL OR r.type_id = :type)
                   AND (CAST(:status AS text) IS NULL OR r.status = :status)
                 ORDER BY lower(t.name), lower(r.name)
                """)
        .param("location", locationId)
        .param("type", typeId)
        .param("status", status == null ? null : status.name())
        .query(ResourceRows::row)
        .list();
  }

  @Transactional(readOnly = true)
  public Optional<Resource> find(UUID id) {
    return db.sql(ResourceRows.SELECT + " WHERE r.id = ?")
        .param(id)
        .query(ResourceRows::row)
        .optional();
  }

  @Transactional(readOnly = true)
  public Resource get(UUID id) {
    return find(id).orElseThrow(() -> AtriumException.notFound("Resource", id));
  }

  /**
   * The units a booking of this resource occupies: its own (one for an exclusive resource, N for a
   * capacity one) or, for a composite, all units of its parts.
   */
  @Transactional(readOnly = true)
  public List<UUID> unitsOf(UUID resourceId) {
    return get(resourceId).unitIds();
  }

  /** The same units as {@link #unitsOf(UUID)}, with their numbers and labels. */
  @Transactional(readOnly = true)
  public List<Unit> units(UUID resourceId) {
    return units.of(get(resourceId));
  }

  @Transactional
  public Resource create(ResourceDraft draft) {
    if (draft.status() == ResourceStatus.ARCHIVED) {
      throw AtriumException.invalid("status", "a new resource is ACTIVE; leave it out");
    }
    Checked c = check(draft, null, true);
    UUID id = UUID.randomUUID();
    try {
      db.sql(
              """
              INSERT INTO resource (tenant_id, id, location_id, type_id, kind, name, description,
                                    seats, zone, amenities, unit_label)
              VALUES (atrium_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
              """)
          .param(id)
          .param(draft.locationId())
          .param(c.type().id())
          .param(c.type().kind().name())
          .param(draft.name().trim())
          .param(text(draft.description()))
          .param(draft.seats())
          .param(text(draft.zone()))
          .param(c.amenities().toArray(String[]::new))
          .param(c.unitLabel())
          .update();
    } catch (DataIntegrityViolationException e) {
      throw translate(e, draft);
    }
    units.resize(id, c.type().kind(), draft.name().trim(), c.unitLabel(), c.unitCount());
    writeParts(id, draft.locationId(), c.partIds());
    return get(id);
  }

  /**
   * Changes a resource as a whole; a {@code status} in the draft archives or restores it under the
   * same rules as {@link #archive(UUID)} and {@link #restore(UUID)}.
   */
  @Transactional
  public Resource update(UUID id, ResourceDraft draft) {
    Resource current = lock(id);
    ResourceStatus status = draft.status() == null ? current.status() : draft.status();
    Checked c = check(draft, current, status == ResourceStatus.ACTIVE);
    if (c.type().kind() != current.kind()) {
      throw AtriumException.invalid(
          "typeId",
          "must be a type of kind "
              + current.kind()
              + " like the current one; to change the kind, archive this resource and create another");
    }
    if (!current.locationId().equals(draft.locationId()) && !current.partOf().isEmpty()) {
      throw Checks.conflict(
          "part-of-composite",
          "locationId",
          "'"
              + current.name()
              + "' is a part of "
              + names(current.partOf())
              + " and must stay at its location; remove it from there first.");
    }
    if (current.active() && status == ResourceStatus.ARCHIVED) refuseIfPartOfActive(current);
    // Parts name the composite's location under a foreign key: drop them before it moves.
    db.sql("DELETE FROM resource_part WHERE composite_id = ?").param(id).update();
    try {
      db.sql(
              """
              UPDATE resource
                 SET location_id = ?, type_id = ?, name = ?, description = ?, seats = ?, zone = ?,
                     amenities = ?, unit_label = ?, status = ?
               WHERE id = ?
              """)
          .param(draft.locationId())
          .param(c.type().id())
          .param(draft.name().trim())
          .param(text(draft.description()))
          .param(draft.seats())
          .param(text(draft.zone()))
          .param(c.amenities().toArray(String[]::new))
          .param(c.unitLabel())
          .param(status.name())
          .param(id)
          .update();
    } catch (DataIntegrityViolationException e) {
      throw translate(e, draft);
    }
    units.resize(id, current.kind(), draft.name().trim(), c.unitLabel(), c.unitCount());
    writeParts(id, draft.locationId(), c.partIds());
    return get(id);
  }

  /**
   * Archives a resource: it stays for history but can no longer be booked. Refused while an active
   * composite is made of it.
   */
  @Transactional
  public Resource archive(UUID id) {
    Resource current = lock(id);
    if (!current.active()) return current;
    refuseIfPartOfActive(current);
    db.sql("UPDATE resource SET status = 'ARCHIVED' WHERE id = ?").param(id).update();
    return get(id);
  }

  /** Makes an archived resource active again, if its name is free and its parts are active. */
  @Transactional
  public Resource restore(UUID id) {
    Resource current = lock(id);
    if (current.active()) return current;
    if (nameTaken(current.locationId(), current.name(), id)) {
      throw duplicateName(current.name());
    }
    if (!current.partIds().isEmpty()) {
      ResourceRules.checkParts(
          current.partIds(), candidates(current.partIds()), id, current.locationId(), true);
    }
    db.sql("UPDATE resource SET status = 'ACTIVE' WHERE id = ?").param(id).update();
    return get(id);
  }

  /** An active composite made of this resource keeps it from being archived. */
  private void refuseIfPartOfActive(Resource resource) {
    List<Resource.Ref> composites =
        db.sql(
                """
                SELECT c.id, c.name
                  FROM resource_part p
                  JOIN resource c ON c.tenant_id = p.tenant_id AND c.id = p.composite_id
                 WHERE p.part_id = ? AND c.status = 'ACTIVE'
                 ORDER BY lower(c.name)
                """)
            .param(resource.id())
            .query((rs, i) -> new Resource.Ref(rs.getObject(1, UUID.class), rs.getString(2)))
            .list();
    if (!composites.isEmpty()) {
      throw AtriumException.conflict(
          "part-of-composite",
          "'"
              + resource.name()
              + "' is a part of "
              + names(composites)
              + "; archive that first or remove '"
              + resource.name()
              + "' from its parts.");
    }
  }

  /** A draft that passed every rule, with what the rules derived from it. */
  private record Checked(
      ResourceType type,
      int unitCount,
      String unitLabel,
      List<UUID> partIds,
      List<String> amenities) {}

  private Checked check(ResourceDraft draft, Resource current, boolean active) {
    Checks.valid(validator, draft);
    if (locations.find(draft.locationId()).isEmpty()) {
      throw AtriumException.invalid(
          "locationId", "no location " + draft.locationId() + " in this coworking");
    }
    ResourceType type =
        types
            .find(draft.typeId())
            .orElseThrow(
                () ->
                    AtriumException.invalid(
                        "typeId", "no resource type " + draft.typeId() + " in this coworking"));
    int count = ResourceRules.unitCount(type.kind(), draft);
    String unitLabel = ResourceRules.unitLabel(type.kind(), draft);
    List<UUID> partIds = ResourceRules.partIds(type.kind(), draft);
    UUID self = current == null ? null : current.id();
    if (active && nameTaken(draft.locationId(), draft.name().trim(), self)) {
      throw duplicateName(draft.name());
    }
    if (!partIds.isEmpty()) {
      // An archived composite may keep archived parts; the other rules still hold.
      ResourceRules.checkParts(partIds, candidates(partIds), self, draft.locationId(), active);
    }
    return new Checked(type, count, unitLabel, partIds, ResourceRules.amenities(draft.amenities()));
  }

  /**
   * Reads the named parts and locks them against a concurrent archive or move until this
   * transaction ends (an archive locks the row it changes, so one waits for the other).
   */
  private Map<UUID, Candidate> candidates(List<UUID> ids) {
    return db
        .sql(
            "SELECT id, name, kind, location_id, status FROM resource WHERE id IN (:ids) FOR SHARE")
        .param("ids", ids)
        .query(
            (rs, i) ->
                new Candidate(
                    rs.getObject("id", UUID.class),
                    rs.getString("name"),
                    ResourceKind.valueOf(rs.getString("kind")),
                    rs.getObject("location_id", UUID.class),
                    ResourceStatus.valueOf(rs.getString("status"))))
        .list()
        .stream()
        .collect(Collectors.toMap(Candidate::id, Function.identity()));
  }

  private void writeParts(UUID compositeId, UUID locationId, List<UUID> partIds) {
    for (int i = 0; i < partIds.size(); i++) {
      db.sql(
              """
              INSERT INTO resource_part (tenant_id, composite_id, part_id, location_id, position)
              VALUES (atrium_current_tenant(), ?, ?, ?, ?)
              """)
          .param(compositeId)
          .param(partIds.get(i))
          .param(locationId)
          .param(i + 1)
          .update();
    }
  }

  private Resource lock(UUID id) {
    boolean exists =
        db.sql("SELECT id FROM resource WHERE id = ? FOR UPDATE")
            .param(id)
            .query(UUID.class)
            .optional()
            .isPresent();
    if (!exists) throw AtriumException.notFound("Resource", id);
    return get(id);
  }

  private boolean nameTaken(UUID locationId, String name, UUID except) {
    return db.sql(
                """
                SELECT count(*) FROM resource
                 WHERE location_id = ? AND lower(name) = lower(?) AND status = 'ACTIVE'
                   AND id IS DISTINCT FROM ?
                """)
            .param(locationId)
            .param(name)
            .param(except)
            .query(Long.class)
            .single()
        > 0;
  }

  private static RuntimeException translate(DataIntegrityViolationException e, ResourceDraft d) {
    // Another request took the name between our check and this write.
    return "resource_name_key".equals(Checks.constraint(e).orElse(""))
        ? duplicateName(d.name())
        : e;
  }

  private static AtriumException duplicateName(String name) {
    return Checks.conflict(
        "duplicate-name",
        "name",
        "An active resource named '"
            + name.trim()
            + "' exists at this location; choose another name.");
  }

  private static String names(List<Resource.Ref> refs) {
    return refs.stream().map(r -> "'" + r.name() + "'").collect(Collectors.joining(", "));
  }

  private static String text(String s) {
    return s == null ? "" : s.trim();
  }
}
