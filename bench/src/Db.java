import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** JDBC plumbing for the bench: connections to the app's PostgreSQL and a few query helpers. */
final class Db {

  private final String url;

  Db(int port) {
    this.url = "jdbc:postgresql://127.0.0.1:" + port + "/atrium";
  }

  /**
   * The embedded server's superuser: seeding, auditing and the baseline only, never app traffic.
   */
  Connection superuser() throws SQLException {
    return DriverManager.getConnection(url + "?ApplicationName=atrium-bench", "postgres", "");
  }

  /** The app's runtime role (no superuser, no BYPASSRLS), to see a query as the app sees it. */
  Connection appRole() throws SQLException {
    return DriverManager.getConnection(url + "?ApplicationName=atrium-bench", "atrium_app", "");
  }

  static void exec(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  static long update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      return ps.executeLargeUpdate();
    }
  }

  static String string(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  static long number(Connection c, String sql, Object... params) throws SQLException {
    String v = string(c, sql, params);
    return v == null ? 0 : Long.parseLong(v);
  }

  static UUID uuid(Connection c, String sql, Object... params) throws SQLException {
    String v = string(c, sql, params);
    return v == null ? null : UUID.fromString(v);
  }

  static List<UUID> uuids(Connection c, String sql, Object... params) throws SQLException {
    var result = new ArrayList<UUID>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) result.add(rs.getObject(1, UUID.class));
      }
    }
    return result;
  }

  static List<String> lines(Connection c, String sql, Object... params) throws SQLException {
    var result = new ArrayList<String>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) result.add(rs.getString(1));
      }
    }
    return result;
  }

  /** Rows of string columns. */
  static List<String[]> rows(Connection c, String sql, Object... params) throws SQLException {
    var result = new ArrayList<String[]>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          String[] row = new String[n];
          for (int k = 0; k < n; k++) row[k] = rs.getString(k + 1);
          result.add(row);
        }
      }
    }
    return result;
  }

  static void bind(PreparedStatement ps, Object... params) throws SQLException {
    for (int k = 0; k < params.length; k++) {
      Object p = params[k];
      if (p instanceof UUID[] arr)
        ps.setArray(k + 1, ps.getConnection().createArrayOf("uuid", arr));
      else ps.setObject(k + 1, p);
    }
  }
}
