package app.atrium.spaces;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** How a resource is read: its row, its type, its units, its parts and its composites at once. */
final class ResourceRows {

  private ResourceRows() {}

  static final String SELECT =
      """
      SELECT r.id, r.location_id, r.type_id, t.code AS type_code, t.name AS type_name, r.kind,
             r.name, r.description, r.seats, r.zone, r.amenities, r.status, r.unit_label,
             CASE WHEN r.kind = 'COMPOSITE' THEN
               ARRAY(SELECT u.id FROM resource_part p
                       JOIN resource_unit u ON u.tenant_id = p.tenant_id AND u.resource_id = p.part_id
                      WHERE p.tenant_id = r.tenant_id AND p.composite_id = r.id
                      ORDER BY p.position, u.number)
             ELSE
               ARRAY(SELECT u.id FROM resource_unit u
                      WHERE u.tenant_id = r.tenant_id AND u.resource_id = r.id ORDER BY u.number)
             END AS unit_ids,
             ARRAY(SELECT p.part_id FROM resource_part p
                    WHERE p.tenant_id = r.tenant_id AND p.composite_id = r.id
                    ORDER BY p.position) AS part_ids,
             ARRAY(SELECT x.name FROM resource_part p
                     JOIN resource x ON x.tenant_id = p.tenant_id AND x.id = p.part_id
                    WHERE p.tenant_id = r.tenant_id AND p.composite_id = r.id
                    ORDER BY p.position) AS part_names,
             ARRAY(SELECT p.composite_id FROM resource_part p
                     JOIN resource c ON c.tenant_id = p.tenant_id AND c.id = p.composite_id
                    WHERE p.tenant_id = r.tenant_id AND p.part_id = r.id
                    ORDER BY lower(c.name), c.id) AS composite_ids,
             ARRAY(SELECT c.name FROM resource_part p
                     JOIN resource c ON c.tenant_id = p.tenant_id AND c.id = p.composite_id
                    WHERE p.tenant_id = r.tenant_id AND p.part_id = r.id
                    ORDER BY lower(c.name), c.id) AS composite_names
        FROM resource r
        JOIN resource_type t ON t.tenant_id = r.tenant_id AND t.id = r.type_id
      """;

  static Resource row(ResultSet rs, int i) throws SQLException {
    List<UUID> unitIds = uuids(rs.getArray("unit_ids"));
    List<Resource.Ref> parts = refs(rs.getArray("part_ids"), rs.getArray("part_names"));
    return new Resource(
        rs.getObject("id", UUID.class),
        rs.getObject("location_id", UUID.class),
        rs.getObject("type_id", UUID.class),
        rs.getString("type_code"),
        rs.getString("type_name"),
        ResourceKind.valueOf(rs.getString("kind")),
        rs.getString("name"),
        rs.getString("description"),
        rs.getObject("seats", Integer.class),
        rs.getString("zone"),
        List.of((String[]) rs.getArray("amenities").getArray()),
        ResourceStatus.valueOf(rs.getString("status")),
        unitIds.size(),
        rs.getString("unit_label"),
        unitIds,
        parts.stream().map(Resource.Ref::id).toList(),
        parts,
        refs(rs.getArray("composite_ids"), rs.getArray("composite_names")));
  }

  private static List<UUID> uuids(Array array) throws SQLException {
    return List.of((UUID[]) array.getArray());
  }

  private static List<Resource.Ref> refs(Array ids, Array names) throws SQLException {
    UUID[] i = (UUID[]) ids.getArray();
    String[] n = (String[]) names.getArray();
    var refs = new ArrayList<Resource.Ref>(i.length);
    for (int k = 0; k < i.length; k++) refs.add(new Resource.Ref(i[k], n[k]));
    return List.copyOf(refs);
  }
}
