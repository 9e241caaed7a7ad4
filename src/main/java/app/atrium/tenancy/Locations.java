package app.atrium.tenancy;

import app.atrium.platform.web.AtriumException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The locations of the current tenant. */
@Service
public class Locations {

  private final JdbcClient db;

  Locations(JdbcClient db) {
    this.db = db;
  }

  @Transactional(readOnly = true)
  public List<Location> list() {
    var hours = hoursByLocation(null);
    return db.sql("SELECT id, name, address, time_zone FROM location ORDER BY name")
        .query(
            (rs, i) -> {
              UUID id = rs.getObject(1, UUID.class);
              return new Location(
                  id,
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  hours.getOrDefault(id, List.of()));
            })
        .list();
  }

  @Transactional(readOnly = true)
  public Optional<Location> find(UUID id) {
    var hours = hoursByLocation(id);
    return db.sql("SELECT id, name, address, time_zone FROM location WHERE id = ?")
        .param(id)
        .query(
            (rs, i) ->
                new Location(
                    id,
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    hours.getOrDefault(id, List.of())))
        .optional();
  }

  @Transactional(readOnly = true)
  public Location get(UUID id) {
    return find(id).orElseThrow(() -> AtriumException.notFound("Location", id));
  }

  @Transactional
  public Location create(LocationDraft draft) {
    validate(draft);
    UUID id = UUID.randomUUID();
    if (nameTaken(draft.name(), null)) throw duplicate(draft.name());
    db.sql(
            "INSERT INTO location (tenant_id, id, name, address, time_zone)"
                + " VALUES (atrium_current_tenant(), ?, ?, ?, ?)")
        .param(id)
        .param(draft.name().trim())
        .param(draft.address() == null ? "" : draft.address().trim())
        .param(draft.timeZone())
        .update();
    writeHours(id, draft.openingHours());
    return get(id);
  }

  @Transactional
  public Location update(UUID id, LocationDraft draft) {
    validate(draft);
    get(id);
    if (nameTaken(draft.name(), id)) throw duplicate(draft.name());
    db.sql("UPDATE location SET name = ?, address = ?, time_zone = ? WHERE id = ?")
        .param(draft.name().trim())
        .param(draft.address() == null ? "" : draft.address().trim())
        .param(draft.timeZone())
        .param(id)
        .update();
    db.sql("DELETE FROM location_opening_hours WHERE location_id = ?").param(id).update();
    writeHours(id, draft.openingHours());
    return get(id);
  }

  private boolean nameTaken(String name, UUID except) {
    return db.sql(
                "SELECT count(*) FROM location WHERE lower(name) = lower(?) AND id IS DISTINCT FROM ?")
            .param(name.trim())
            .param(except)
            .query(Long.class)
            .single()
        > 0;
  }

  private static AtriumException duplicate(String name) {
    return AtriumException.conflict(
        "duplicate-name", "A location named '" + name + "' already exists; choose another name.");
  }

  private void writeHours(UUID id, List<OpeningHours> hours) {
    if (hours == null) return;
    for (OpeningHours h : hours) {
      db.sql(
              "INSERT INTO location_opening_hours (tenant_id, location_id, weekday, opens, closes)"
                  + " VALUES (atrium_current_tenant(), ?, ?, CAST(? AS time), CAST(? AS time))")
          .param(id)
          .param(h.weekday())
          .param(h.opens())
          .param(h.closes())
          .update();
    }
  }

  private static void validate(LocationDraft draft) {
    try {
      ZoneId.of(draft.timeZone());
    } catch (DateTimeException | NullPointerException e) {
      throw AtriumException.invalid("timeZone", "is not a known time zone (e.g. Asia/Almaty)");
    }
    if (draft.openingHours() == null) return;
    var days = new HashSet<Integer>();
    for (int i = 0; i < draft.openingHours().size(); i++) {
      OpeningHours h = draft.openingHours().get(i);
      if (!days.add(h.weekday())) {
        throw AtriumException.invalid("openingHours[" + i + "].weekday", "appears twice");
      }
      if (!h.valid()) {
        throw AtriumException.invalid("openingHours[" + i + "].closes", "must be after opens");
      }
    }
  }

  private Map<UUID, List<OpeningHours>> hoursByLocation(UUID only) {
    Map<UUID, List<OpeningHours>> map = new LinkedHashMap<>();
    db.sql(
            "SELECT location_id, weekday, to_char(opens, 'HH24:MI'), to_char(closes, 'HH24:MI')"
                + " FROM location_opening_hours WHERE (CAST(? AS uuid) IS NULL OR location_id = ?)"
                + " ORDER BY weekday")
        .param(only)
        .param(only)
        .query(
            rs -> {
              map.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                  .add(new OpeningHours(rs.getInt(2), rs.getString(3), rs.getString(4)));
            });
    return map;
  }
}
