package app.atrium.spaces;

import app.atrium.platform.web.AtriumException;
import jakarta.validation.Validator;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's catalogue of resource types and their booking rules. */
@Service
public class ResourceTypes {

  private static final String SELECT =
      """
      SELECT t.id, t.code, t.name, t.kind, t.bookable, t.slot_minutes, t.min_minutes,
             t.max_minutes, t.booked_by, t.uses_room_hours, t.free_cancel_minutes,
             (SELECT count(*) FROM resource r
               WHERE r.tenant_id = t.tenant_id AND r.type_id = t.id) AS resources
        FROM resource_type t
      """;

  private final JdbcClient db;
  private final Validator validator;

  ResourceTypes(JdbcClient db, Validator validator) {
    this.db = db;
    this.validator = validator;
  }

  @Transactional(readOnly = true)
  public List<ResourceType> list() {
    return db.sql(SELECT + " ORDER BY lower(t.name)").query(ResourceTypes::row).list();
  }

  @Transactional(readOnly = true)
  public Optional<ResourceType> find(UUID id) {
    return db.sql(SELECT + " WHERE t.id = ?").param(id).query(ResourceTypes::row).optional();
  }

  @Transactional(readOnly = true)
  public ResourceType get(UUID id) {
    return find(id).orElseThrow(() -> AtriumException.notFound("Resource type", id));
  }

  @Transactional
  public ResourceType create(ResourceTypeDraft draft) {
    check(draft, null);
    UUID id = UUID.randomUUID();
    write(
        draft,
        """
        INSERT INTO resource_type (tenant_id, name, code, kind, bookable, slot_minutes,
                                   min_minutes, max_minutes, booked_by, uses_room_hours,
                                   free_cancel_minutes, id)
        VALUES (atrium_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        id);
    return get(id);
  }

  @Transactional
  public ResourceType update(UUID id, ResourceTypeDraft draft) {
    ResourceType current =
        db.sql(SELECT + " WHERE t.id = ? FOR UPDATE OF t")
            .param(id)
            .query(ResourceTypes::row)
            .optional()
            .orElseThrow(() -> AtriumException.notFound("Resource type", id));
    check(draft, id);
    if (current.kind() != draft.kind() && current.resources() > 0) {
      // Units and parts follow the kind; resources are kept under it by a foreign key.
      throw Checks.conflict(
          "kind-in-use",
          "kind",
          "'"
              + current.name()
              + "' has "
              + current.resources()
              + " resource(s) of kind "
              + current.kind()
              + "; its kind cannot change. Create a new type instead.");
    }
    write(
        draft,
        """
        UPDATE resource_type
           SET name = ?, code = ?, kind = ?, bookable = ?, slot_minutes = ?, min_minutes = ?,
               max_minutes = ?, booked_by = ?, uses_room_hours = ?, free_cancel_minutes = ?
         WHERE id = ?
        """,
        id);
    return get(id);
  }

  private void check(ResourceTypeDraft draft, UUID except) {
    Checks.valid(validator, draft);
    int slot = draft.slot();
    int min = draft.min();
    if (min < slot || min % slot != 0) {
      throw AtriumException.invalid(
          "minMinutes", "must be a whole number of slots (" + slot + " min) and at least one slot");
    }
    Integer max = draft.maxMinutes();
    if (max != null && (max < min || max % slot != 0)) {
      throw AtriumException.invalid(
          "maxMinutes",
          "must be a whole number of slots ("
              + slot
              + " min) and at least minMinutes ("
              + min
              + ")");
    }
    if (taken("lower(code) = lower(?)", draft.code(), except)) throw duplicateCode(draft.code());
    if (taken("lower(name) = lower(?)", draft.name().trim(), except)) {
      throw duplicateName(draft.name());
    }
  }

  private void write(ResourceTypeDraft draft, String sql, UUID id) {
    try {
      db.sql(sql)
          .param(draft.name().trim())
          .param(draft.code())
          .param(draft.kind().name())
          .param(draft.isBookable())
          .param(draft.slot())
          .param(draft.min())
          .param(draft.maxMinutes())
          .param(draft.whoBooks().name())
          .param(draft.drawsRoomHours())
          .param(draft.freeCancelMinutes())
          .param(id)
          .update();
    } catch (DataIntegrityViolationException e) {
      // Another request took the code or name between our check and this write.
      throw switch (Checks.constraint(e).orElse("")) {
        case "resource_type_code_key" -> duplicateCode(draft.code());
        case "resource_type_name_key" -> duplicateName(draft.name());
        default -> e;
      };
    }
  }

  private boolean taken(String condition, String value, UUID except) {
    return db.sql(
                "SELECT count(*) FROM resource_type WHERE "
                    + condition
                    + " AND id IS DISTINCT FROM ?")
            .param(value)
            .param(except)
            .query(Long.class)
            .single()
        > 0;
  }

  private static AtriumException duplicateCode(String code) {
    return Checks.conflict(
        "duplicate-code",
        "code",
        "A resource type with code '" + code + "' exists; choose another.");
  }

  private static AtriumException duplicateName(String name) {
    return Checks.conflict(
        "duplicate-name",
        "name",
        "A resource type named '" + name.trim() + "' exists; choose another name.");
  }

  private static ResourceType row(ResultSet rs, int i) throws SQLException {
    return new ResourceType(
        rs.getObject("id", UUID.class),
        rs.getString("code"),
        rs.getString("name"),
        ResourceKind.valueOf(rs.getString("kind")),
        rs.getBoolean("bookable"),
        rs.getInt("slot_minutes"),
        rs.getInt("min_minutes"),
        rs.getObject("max_minutes", Integer.class),
        BookedBy.valueOf(rs.getString("booked_by")),
        rs.getBoolean("uses_room_hours"),
        rs.getObject("free_cancel_minutes", Integer.class),
        rs.getInt("resources"));
  }
}
