import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A year of history at the demo location, in a handful of set-based statements: bench room types,
 * exclusive rooms (one unit each), open spaces of capacity desks, and for every unit a booking in
 * each of the day's consecutive two-hour slots over the past {@code days} days (one in 33
 * cancelled, so it has no occupancy row). Written as the embedded server's superuser; the exclusion
 * constraint stays in force, so the history itself is proof that it does not overlap.
 */
final class Seed {

  /** What the bench books on. */
  record Space(
      List<UUID> roomTypes,
      UUID deskType,
      List<UUID> rooms,
      List<UUID> deskResources,
      List<UUID> units,
      long bookings,
      long occupancy) {}

  /** Per unit, day and slot: the booking's id, holder, time and status, shared by both inserts. */
  private static final String HISTORY =
      """
      FROM resource_unit u
      CROSS JOIN generate_series(1, %1$d) AS d
      CROSS JOIN generate_series(0, %2$d - 1) AS s
      CROSS JOIN LATERAL (
        SELECT md5(u.id::text || '/' || d || '/' || s)::uuid AS id,
               abs(hashtext(u.id::text || '/' || d || '/' || s)::bigint) AS h,
               tstzrange(((%3$s - d) + make_time(8 + 2 * s, 0, 0)) AT TIME ZONE '%4$s',
                         ((%3$s - d) + make_time(10 + 2 * s, 0, 0)) AT TIME ZONE '%4$s', '[)')
                 AS during) x
      WHERE u.tenant_id = ? AND u.resource_id = ANY(?::uuid[])
      """;

  static Space run(
      Connection c,
      UUID tenant,
      UUID location,
      String zone,
      int roomTypeCount,
      int rooms,
      int deskResources,
      int desksEach,
      int days,
      int slotsPerDay,
      BookingBench.Log log)
      throws Exception {
    if (!zone.matches("[A-Za-z0-9_/+-]+")) throw new IllegalArgumentException("odd zone " + zone);
    if (slotsPerDay < 1 || slotsPerDay > 7) throw new IllegalArgumentException("1..7 slots a day");
    c.setAutoCommit(false);
    Db.exec(c, "SET work_mem = '64MB'");
    Db.exec(c, "SET maintenance_work_mem = '512MB'");

    var roomTypes = new ArrayList<UUID>();
    for (int k = 1; k <= roomTypeCount; k++) {
      UUID id = UUID.randomUUID();
      roomTypes.add(id);
      Db.update(
          c,
          """
          INSERT INTO resource_type (tenant_id, id, code, name, kind, bookable, slot_minutes,
                                     min_minutes, max_minutes, booked_by)
          VALUES (?, ?, ?, ?, 'EXCLUSIVE', true, 60, 60, 480, 'MEMBERS')
          """,
          tenant,
          id,
          "bench-room-%02d".formatted(k),
          "Bench rooms %02d".formatted(k));
    }
    UUID deskType = UUID.randomUUID();
    Db.update(
        c,
        """
        INSERT INTO resource_type (tenant_id, id, code, name, kind, bookable, slot_minutes,
                                   min_minutes, max_minutes, booked_by)
        VALUES (?, ?, 'bench-desk', 'Bench desks', 'CAPACITY', true, 60, 60, 480, 'MEMBERS')
        """,
        tenant,
        deskType);
    UUID[] types = roomTypes.toArray(UUID[]::new);
    Db.update(
        c,
        """
        INSERT INTO resource (tenant_id, id, location_id, type_id, kind, name, seats, zone)
        SELECT ?, gen_random_uuid(), ?, (?::uuid[])[1 + (n - 1) % ?], 'EXCLUSIVE',
               'Bench room ' || lpad(n::text, 4, '0'), 2 + n % 11, 'Bench floor ' || (1 + (n - 1) / 100)
        FROM generate_series(1, ?) AS n
        """,
        tenant,
        location,
        types,
        types.length,
        rooms);
    Db.update(
        c,
        """
        INSERT INTO resource (tenant_id, id, location_id, type_id, kind, name, zone, unit_label)
        SELECT ?, gen_random_uuid(), ?, ?, 'CAPACITY', 'Bench open space ' || n, 'Bench floor 0', 'Desk'
        FROM generate_series(1, ?) AS n
        """,
        tenant,
        location,
        deskType,
        deskResources);
    Db.update(
        c,
        """
        INSERT INTO resource_unit (tenant_id, id, resource_id, resource_kind, number, label)
        SELECT r.tenant_id, gen_random_uuid(), r.id, 'EXCLUSIVE', 1, r.name
        FROM resource r WHERE r.tenant_id = ? AND r.type_id = ANY(?::uuid[])
        """,
        tenant,
        types);
    Db.update(
        c,
        """
        INSERT INTO resource_unit (tenant_id, id, resource_id, resource_kind, number, label)
        SELECT r.tenant_id, gen_random_uuid(), r.id, 'CAPACITY', k, 'Desk ' || k
        FROM resource r CROSS JOIN generate_series(1, ?) AS k
        WHERE r.tenant_id = ? AND r.type_id = ?
        """,
        desksEach,
        tenant,
        deskType);
    List<UUID> roomIds =
        Db.uuids(
            c,
            "SELECT id FROM resource WHERE tenant_id = ? AND type_id = ANY(?::uuid[]) ORDER BY"
                + " name",
            tenant,
            types);
    List<UUID> deskIds =
        Db.uuids(
            c,
            "SELECT id FROM resource WHERE tenant_id = ? AND type_id = ? ORDER BY name",
            tenant,
            deskType);
    var all = new ArrayList<UUID>(roomIds);
    all.addAll(deskIds);
    UUID[] resources = all.toArray(UUID[]::new);
    List<UUID> units =
        Db.uuids(
            c,
            "SELECT id FROM resource_unit WHERE tenant_id = ? AND resource_id = ANY(?::uuid[])",
            tenant,
            resources);
    UUID[] members =
        Db.uuids(c, "SELECT id FROM member WHERE tenant_id = ? AND status = 'ACTIVE'", tenant)
            .toArray(UUID[]::new);
    if (members.length == 0) throw new IllegalStateException("the demo has no active members");
    c.commit();
    log.info(
        "seed: %d room types, %d rooms, %d open spaces of %d desks, %d units"
            .formatted(roomTypeCount, roomIds.size(), deskIds.size(), desksEach, units.size()));

    // A million rows inserted one by one into GiST indexes, each checked by foreign-key triggers,
    // take minutes; building the indexes afterwards (PostgreSQL sorts the rows first) and checking
    // each foreign key with one anti-join take seconds. So the GiST indexes, the exclusion
    // constraint and the foreign keys of booking and occupancy are dropped and made again, as they
    // were, in the same transaction: re-adding them checks every seeded row (the exclusion
    // constraint every row against every other), so nothing is taken on trust.
    var rebuild = new ArrayList<String>();
    for (String[] r :
        Db.rows(
            c,
            """
            SELECT format('%I', k.conrelid::regclass::text), format('%I', k.conname),
                   pg_get_constraintdef(k.oid)
            FROM pg_constraint k
            WHERE k.conrelid IN ('booking'::regclass, 'occupancy'::regclass) AND k.contype IN ('x', 'f')
            ORDER BY k.contype DESC, k.conname
            """)) {
      Db.exec(c, "ALTER TABLE %s DROP CONSTRAINT %s".formatted(r[0], r[1]));
      rebuild.add("ALTER TABLE %s ADD CONSTRAINT %s %s".formatted(r[0], r[1], r[2]));
    }
    var indexes = new ArrayList<String>();
    for (String[] r :
        Db.rows(
            c,
            """
            SELECT format('%I', ci.relname), pg_get_indexdef(i.indexrelid)
            FROM pg_index i
            JOIN pg_class ci ON ci.oid = i.indexrelid
            JOIN pg_am am ON am.oid = ci.relam
            WHERE i.indrelid IN ('booking'::regclass, 'occupancy'::regclass) AND am.amname = 'gist'
              AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
            """)) {
      Db.exec(c, "DROP INDEX " + r[0]);
      indexes.add(r[1]);
    }
    // Indexes first, then the exclusion constraint, then the foreign keys.
    rebuild.addAll(0, indexes);
    log.info(
        "seed: %d indexes and constraints set aside for the bulk insert".formatted(rebuild.size()));

    // The location's "today": history ends yesterday, local time.
    String today = "(now() AT TIME ZONE '%s')::date".formatted(zone);
    String from = HISTORY.formatted(days, slotsPerDay, today, zone);
    long t0 = System.nanoTime();
    long bookings =
        Db.update(
            c,
            """
            INSERT INTO booking (tenant_id, id, location_id, resource_id, member_id, guest_name,
                                 during, status, channel, note, created_at, cancelled_at)
            SELECT u.tenant_id, x.id, ?, u.resource_id,
                   CASE WHEN x.h % 5 <> 0 THEN (?::uuid[])[(1 + x.h % ?)::int] END,
                   CASE WHEN x.h % 5 = 0 THEN 'Guest ' || (x.h % 997) END,
                   x.during,
                   CASE WHEN x.h % 33 = 0 THEN 'CANCELLED' ELSE 'CONFIRMED' END,
                   (ARRAY['DESK', 'PORTAL', 'API', 'TELEGRAM'])[(1 + x.h % 4)::int], '',
                   lower(x.during) - interval '3 days',
                   CASE WHEN x.h % 33 = 0 THEN lower(x.during) - interval '1 day' END
            """
                + from,
            location,
            members,
            members.length,
            tenant,
            resources);
    log.info("seed: %d booking rows in %.1f s".formatted(bookings, (System.nanoTime() - t0) / 1e9));
    t0 = System.nanoTime();
    long occupancy =
        Db.update(
            c,
            "INSERT INTO occupancy (tenant_id, booking_id, unit_id, during)"
                + " SELECT u.tenant_id, x.id, u.id, x.during "
                + from
                + " AND x.h % 33 <> 0",
            tenant,
            resources);
    log.info(
        "seed: %d occupancy rows in %.1f s".formatted(occupancy, (System.nanoTime() - t0) / 1e9));
    for (String ddl : rebuild) {
      t0 = System.nanoTime();
      Db.exec(c, ddl);
      log.info("seed: %.1f s: %s".formatted((System.nanoTime() - t0) / 1e9, ddl));
    }
    c.commit();
    c.setAutoCommit(true);
    return new Space(roomTypes, deskType, roomIds, deskIds, units, bookings, occupancy);
  }

  /** The space of an earlier seed of this database (re-runs of the driver while developing). */
  static Space existing(Connection c, UUID tenant) throws Exception {
    List<UUID> roomTypes =
        Db.uuids(
            c,
            "SELECT id FROM resource_type WHERE tenant_id = ? AND code LIKE 'bench-room-%' ORDER BY"
                + " code",
            tenant);
    if (roomTypes.isEmpty()) return null;
    UUID deskType =
        Db.uuid(
            c, "SELECT id FROM resource_type WHERE tenant_id = ? AND code = 'bench-desk'", tenant);
    List<UUID> rooms =
        Db.uuids(
            c,
            "SELECT id FROM resource WHERE tenant_id = ? AND type_id = ANY(?::uuid[]) ORDER BY"
                + " name",
            tenant,
            roomTypes.toArray(UUID[]::new));
    List<UUID> desks =
        Db.uuids(
            c,
            "SELECT id FROM resource WHERE tenant_id = ? AND type_id = ? ORDER BY name",
            tenant,
            deskType);
    var all = new ArrayList<UUID>(rooms);
    all.addAll(desks);
    List<UUID> units =
        Db.uuids(
            c,
            "SELECT id FROM resource_unit WHERE tenant_id = ? AND resource_id = ANY(?::uuid[])",
            tenant,
            all.toArray(UUID[]::new));
    long bookings = Db.number(c, "SELECT count(*) FROM booking");
    long occupancy = Db.number(c, "SELECT count(*) FROM occupancy");
    return new Space(roomTypes, deskType, rooms, desks, units, bookings, occupancy);
  }

  private Seed() {}
}
