package app.atrium.members;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** How a member is read: her row with her company's name. */
final class MemberRows {

  static final String SELECT =
      "SELECT m.id, m.first_name, m.last_name, m.email, m.phone, m.company_id, c.name,"
          + " m.billed_to_company, m.tags, m.status, m.account_id, m.created_at"
          + " FROM member m LEFT JOIN company c ON c.tenant_id = m.tenant_id AND c.id = m.company_id";

  private MemberRows() {}

  static Member member(ResultSet rs, int row) throws SQLException {
    Array tags = rs.getArray(9);
    return new Member(
        rs.getObject(1, UUID.class),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getObject(6, UUID.class),
        rs.getString(7),
        rs.getBoolean(8),
        tags == null ? List.of() : new ArrayList<>(List.of((String[]) tags.getArray())),
        MemberStatus.valueOf(rs.getString(10)),
        rs.getObject(11, UUID.class),
        rs.getObject(12, OffsetDateTime.class).toInstant());
  }
}
