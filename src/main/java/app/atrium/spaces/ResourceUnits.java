package app.atrium.spaces;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The units of resources: created, relabelled and removed as resources change. */
@Component
class ResourceUnits {

  private final JdbcClient db;

  ResourceUnits(JdbcClient db) {
    this.db = db;
  }

  /**
   * Gives a resource its units: exactly one for an exclusive resource (labelled with its name),
   * numbers 1..count for a capacity one ("Desk 1" …), none for a composite.
   */
  void resize(UUID resourceId, ResourceKind kind, String name, String unitLabel, int count) {
    switch (kind) {
      case EXCLUSIVE ->
          db.sql(
                  """
                  INSERT INTO resource_unit (tenant_id, id, resource_id, resource_kind, number, label)
                  VALUES (atrium_current_tenant(), pg_catalog.gen_random_uuid(), ?, 'EXCLUSIVE', 1, ?)
                  ON CONFLICT (tenant_id, resource_id, number) DO UPDATE SET label = EXCLUDED.label
                  """)
              .param(resourceId)
              .param(name)
              .update();
      case CAPACITY -> {
        // Shrinking removes the highest-numbered units. There are no bookings yet; the booking
        // issue must refuse to remove units that have future occupancy (its foreign key into
        // resource_unit will refuse it at the database level too).
        db.sql("DELETE FROM resource_unit WHERE resource_id = ? AND number > ?")
            .param(resourceId)
            .param(count)
            .update();
        db.sql("UPDATE resource_unit SET label = ? || ' ' || number WHERE resource_id = ?")
            .param(unitLabel)
            .param(resourceId)
            .update();
        db.sql(
                """
                INSERT INTO resource_unit (tenant_id, id, resource_id, resource_kind, number, label)
                SELECT atrium_current_tenant(), pg_catalog.gen_random_uuid(), :resource, 'CAPACITY',
                       n, :label || ' ' || n
                  FROM generate_series(1, :count) AS n
                 WHERE NOT EXISTS (SELECT 1 FROM resource_unit u
                                    WHERE u.resource_id = :resource AND u.number = n)
                """)
            .param("resource", resourceId)
            .param("label", unitLabel)
            .param("count", count)
            .update();
      }
      case COMPOSITE -> {
        // A composite occupies its parts' units; it has none of its own.
      }
    }
  }

  /** The units a booking of the resource occupies, in part order, then by number. */
  List<Unit> of(Resource resource) {
    if (resource.kind() == ResourceKind.COMPOSITE) {
      return db.sql(
              """
              SELECT u.id, u.resource_id, u.number, u.label
                FROM resource_part p
                JOIN resource_unit u ON u.tenant_id = p.tenant_id AND u.resource_id = p.part_id
               WHERE p.composite_id = ?
               ORDER BY p.position, u.number
              """)
          .param(resource.id())
          .query(Unit.class)
          .list();
    }
    return db.sql(
            """
            SELECT id, resource_id, number, label FROM resource_unit
             WHERE resource_id = ? ORDER BY number
            """)
        .param(resource.id())
        .query(Unit.class)
        .list();
  }
}
