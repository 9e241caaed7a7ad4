import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the availability query exactly as the app sends it: the SQL is the
 * app's own constant (BookingStore.HELD_SQL, read from the built jar with javap), run as the
 * runtime role under row-level security with the tenant set, for one room type and for the whole
 * location. Each is shown on its first execution (a custom plan) and on its seventh, the plan a
 * pooled connection's prepared statement settles on.
 */
final class Plan {

  static void write(
      Db db,
      Path file,
      String javapOutput,
      UUID tenant,
      UUID location,
      ZoneId zone,
      LocalDate date,
      UUID typeId,
      Map<DayOfWeek, int[]> hours,
      BookingBench.Log log)
      throws Exception {
    var out = new StringBuilder();
    String sql = javapOutput == null ? null : heldSql(Path.of(javapOutput));
    if (sql == null) {
      out.append("No plan: BookingStore.HELD_SQL was not found in the app jar (")
          .append(javapOutput)
          .append(").\n");
      Files.writeString(file, out);
      log.info("availability: plan not written, HELD_SQL not found");
      return;
    }
    int[] h = hours.get(date.getDayOfWeek());
    Instant from = date.atTime(h == null ? 0 : h[0], 0).atZone(zone).toInstant();
    Instant to =
        (h == null || h[1] == 24 ? date.plusDays(1).atStartOfDay() : date.atTime(h[1], 0))
            .atZone(zone)
            .toInstant();
    String unitsSql =
        """
        SELECT DISTINCT u.id FROM resource r
        JOIN resource_type t ON t.tenant_id = r.tenant_id AND t.id = r.type_id AND t.bookable
        LEFT JOIN resource_part p ON p.tenant_id = r.tenant_id AND p.composite_id = r.id
        JOIN resource_unit u ON u.tenant_id = r.tenant_id AND u.resource_id = coalesce(p.part_id, r.id)
        WHERE r.tenant_id = ? AND r.location_id = ? AND r.status = 'ACTIVE'
        """;
    List<UUID> typeUnits;
    List<UUID> allUnits;
    long occupancyRows;
    try (Connection c = db.superuser()) {
      typeUnits = Db.uuids(c, unitsSql + " AND r.type_id = ?", tenant, location, typeId);
      allUnits = Db.uuids(c, unitsSql, tenant, location);
      occupancyRows = Db.number(c, "SELECT count(*) FROM occupancy");
    }
    out.append(
            "Availability query of GET /api/v1/availability (BookingStore.HELD_SQL from the app"
                + " jar):\n\n")
        .append(sql.strip())
        .append("\n\nRun as atrium_app (row-level security on, app.tenant_id set), ")
        .append(occupancyRows)
        .append(" occupancy rows, day ")
        .append(date)
        .append(" (")
        .append(from)
        .append(" to ")
        .append(to)
        .append(").\n");
    int n = 0;
    String pg = sql;
    while (pg.contains("?")) pg = pg.replaceFirst("\\?", "\\$" + (++n));
    if (n != 6)
      throw new IllegalStateException("HELD_SQL has " + n + " parameters, the bench expects 6");
    out.append(
        explain(
            db, tenant, pg, from, to, typeUnits, "one room type, " + typeUnits.size() + " units"));
    out.append(
        explain(
            db, tenant, pg, from, to, allUnits, "whole location, " + allUnits.size() + " units"));
    Files.writeString(file, out);
    log.info("availability: plans in " + file);
  }

  private static String explain(
      Db db, UUID tenant, String pg, Instant from, Instant to, List<UUID> units, String what)
      throws Exception {
    var out = new StringBuilder();
    // HELD_SQL's parameters: from, to, units, from less the longest span (2 days), to, from.
    String exec =
        "EXECUTE held('%s', '%s', '%s', '%s', '%s', '%s')"
            .formatted(from, to, array(units), from.minus(java.time.Duration.ofDays(2)), to, from);
    try (Connection c = db.appRole()) {
      c.setAutoCommit(false);
      Db.string(c, "SELECT set_config('app.tenant_id', ?, true)", tenant.toString());
      Db.exec(
          c, "PREPARE held(timestamptz, timestamptz, uuid[], timestamptz, timestamptz, timestamptz) AS " + pg);
      for (int k = 1; k <= 7; k++) {
        if (k == 1 || k == 7) {
          out.append("\n=== ")
              .append(what)
              .append(
                  k == 1
                      ? ": first execution (custom plan)"
                      : ": seventh execution (the plan a pooled connection settles on)")
              .append(" ===\n");
          for (String line : Db.lines(c, "EXPLAIN (ANALYZE, BUFFERS) " + exec)) {
            out.append(line).append('\n');
          }
        } else {
          Db.exec(c, exec);
        }
      }
      c.rollback();
    }
    return out.toString();
  }

  private static String array(List<UUID> units) {
    return units.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
  }

  /** The HELD_SQL constant from {@code javap -constants} output, unescaped. */
  static String heldSql(Path javap) throws Exception {
    if (!Files.exists(javap)) return null;
    for (String line : Files.readAllLines(javap)) {
      int i = line.indexOf(" HELD_SQL = \"");
      if (i < 0) continue;
      String lit = line.substring(i + " HELD_SQL = \"".length(), line.lastIndexOf('"'));
      var b = new StringBuilder();
      for (int k = 0; k < lit.length(); k++) {
        char ch = lit.charAt(k);
        if (ch != '\\') {
          b.append(ch);
          continue;
        }
        char e = lit.charAt(++k);
        switch (e) {
          case 'n' -> b.append('\n');
          case 't' -> b.append('\t');
          case 'r' -> b.append('\r');
          case '"', '\'', '\\' -> b.append(e);
          case 'u' -> {
            b.append((char) Integer.parseInt(lit.substring(k + 1, k + 5), 16));
            k += 4;
          }
          default -> b.append('\\').append(e);
        }
      }
      return b.toString();
    }
    return null;
  }

  private Plan() {}
}
