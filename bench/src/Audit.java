import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Double-booking checks that do not trust the occupancy table, and the raw-insert baseline. Both
 * checks count overlapping (unit, booking, booking) triples; zero is the only right answer.
 */
final class Audit {

  /**
   * Confirmed bookings of exclusive resources and composites, expanded to units through the
   * resource (its one unit, or its parts' units), self-joined for overlaps. The join is on (unit,
   * UTC day) buckets: every overlapping pair shares a bucket, whatever the lengths, and a bucket
   * holds a handful of bookings, so the self-join stays linear.
   */
  static final String UNIT_OVERLAPS =
      """
      WITH held AS MATERIALIZED (
        SELECT b.id AS booking_id, u.id AS unit_id, b.during
        FROM booking b
        JOIN resource r ON r.tenant_id = b.tenant_id AND r.id = b.resource_id AND r.kind = 'EXCLUSIVE'
        JOIN resource_unit u ON u.tenant_id = b.tenant_id AND u.resource_id = b.resource_id
        WHERE b.status = 'CONFIRMED' AND b.during && tstzrange(?::timestamptz, ?::timestamptz)
        UNION ALL
        SELECT b.id, u.id, b.during
        FROM booking b
        JOIN resource_part p ON p.tenant_id = b.tenant_id AND p.composite_id = b.resource_id
        JOIN resource_unit u ON u.tenant_id = p.tenant_id AND u.resource_id = p.part_id
        WHERE b.status = 'CONFIRMED' AND b.during && tstzrange(?::timestamptz, ?::timestamptz)
      ), bucketed AS MATERIALIZED (
        SELECT h.booking_id, h.unit_id, h.during, day
        FROM held h,
             generate_series(date_trunc('day', lower(h.during), 'UTC'),
                             upper(h.during) - interval '1 microsecond', interval '1 day') AS day
      )
      SELECT count(*) FROM (
        SELECT DISTINCT a.unit_id, a.booking_id AS first, b.booking_id AS second
        FROM bucketed a
        JOIN bucketed b ON b.unit_id = a.unit_id AND b.day = a.day
                       AND b.booking_id > a.booking_id AND b.during && a.during
      ) overlapping
      """;

  /**
   * Capacity resources (desks): a booking names the resource, not the desk, so the check is that at
   * no booking's start more confirmed bookings hold the resource than it has units (the number of
   * bookings held at once peaks at some booking's start). Counts the (resource, instant) points
   * where that happens.
   */
  static final String CAPACITY_OVERSOLD =
      """
      WITH units AS (
        SELECT tenant_id, resource_id, count(*) AS n FROM resource_unit GROUP BY tenant_id, resource_id
      ), cap AS MATERIALIZED (
        SELECT b.tenant_id, b.id, b.resource_id, b.during, units.n
        FROM booking b
        JOIN resource r ON r.tenant_id = b.tenant_id AND r.id = b.resource_id AND r.kind = 'CAPACITY'
        JOIN units ON units.tenant_id = b.tenant_id AND units.resource_id = b.resource_id
        WHERE b.status = 'CONFIRMED' AND b.during && tstzrange(?::timestamptz, ?::timestamptz)
      ), bucketed AS MATERIALIZED (
        SELECT c.tenant_id, c.resource_id, c.during, hour
        FROM cap c,
             generate_series(date_trunc('hour', lower(c.during), 'UTC'),
                             upper(c.during) - interval '1 microsecond', interval '1 hour') AS hour
      ), starts AS MATERIALIZED (
        SELECT DISTINCT c.tenant_id, c.resource_id, c.n, lower(c.during) AS at,
               date_trunc('hour', lower(c.during), 'UTC') AS hour
        FROM cap c
      )
      SELECT count(*) FROM (
        SELECT s.resource_id, s.at
        FROM starts s
        JOIN bucketed b ON b.tenant_id = s.tenant_id AND b.resource_id = s.resource_id
                       AND b.hour = s.hour AND b.during @> s.at
        GROUP BY s.resource_id, s.at, s.n
        HAVING count(*) > s.n
      ) oversold
      """;

  /**
   * Counts double bookings among confirmed bookings overlapping [from, to) (null: unbounded):
   * overlapping unit holds plus desks oversold.
   */
  static long[] audit(Connection c, Instant from, Instant to) throws java.sql.SQLException {
    Timestamp f = from == null ? null : Timestamp.from(from);
    Timestamp t = to == null ? null : Timestamp.from(to);
    long units = Db.number(c, UNIT_OVERLAPS, f, t, f, t);
    long oversold = Db.number(c, CAPACITY_OVERSOLD, f, t);
    return new long[] {units, oversold};
  }

  /**
   * Shows that both checks see a double booking: in a transaction that is rolled back, two
   * confirmed bookings of one room and one more desk booking than an open space has desks, all at
   * the same hour of a far day, without occupancy rows (as if the constraint had let them through).
   */
  static String selfTest(
      Connection c, UUID tenant, UUID location, UUID room, UUID desks, int deskUnits)
      throws java.sql.SQLException {
    Instant start = Instant.parse("2099-06-01T06:00:00Z");
    Instant end = start.plus(Duration.ofHours(1));
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      String insert =
          """
          INSERT INTO booking (tenant_id, id, location_id, resource_id, guest_name, during, channel)
          VALUES (?, ?, ?, ?, 'Audit self-test', tstzrange(?, ?, '[)'), 'DESK')
          """;
      for (int k = 0; k < 2; k++) {
        Db.update(
            c,
            insert,
            tenant,
            UUID.randomUUID(),
            location,
            room,
            Timestamp.from(start),
            Timestamp.from(end));
      }
      for (int k = 0; k <= deskUnits; k++) {
        Db.update(
            c,
            insert,
            tenant,
            UUID.randomUUID(),
            location,
            desks,
            Timestamp.from(start),
            Timestamp.from(end));
      }
      long[] found = audit(c, start.minus(Duration.ofDays(1)), end.plus(Duration.ofDays(1)));
      if (found[0] != 1 || found[1] != 1) {
        throw new IllegalStateException(
            "the audit missed a planted double booking: %d unit overlaps, %d desks oversold (1 and 1 planted)"
                .formatted(found[0], found[1]));
      }
      // The client-side check on answers shaped like the API's.
      UUID unit = UUID.randomUUID();
      long clients =
          clientOverlaps(
              List.of(
                  new Answer(UUID.randomUUID(), List.of(unit), start, end),
                  new Answer(
                      UUID.randomUUID(),
                      List.of(unit),
                      start.plusSeconds(1800),
                      end.plusSeconds(1800)),
                  new Answer(
                      UUID.randomUUID(),
                      List.of(unit),
                      end.plusSeconds(1800),
                      end.plusSeconds(3600))));
      if (clients != 1) {
        throw new IllegalStateException(
            "the client-side check found %d of 1 planted".formatted(clients));
      }
      return "planted double bookings found: %d unit overlap, %d desk oversold, %d in answers"
          .formatted(found[0], found[1], clients);
    } finally {
      c.rollback();
      c.setAutoCommit(auto);
    }
  }

  /** A booking as a client saw it in a 2xx answer. */
  record Answer(UUID bookingId, List<UUID> unitIds, Instant start, Instant end) {}

  /**
   * From the clients' own 2xx answers: per unit, its answered slots sorted by start, each compared
   * with the latest end before it. Returns the overlapping (unit, booking, booking) triples.
   */
  static long clientOverlaps(List<Answer> answers) {
    record Slot(UUID booking, Instant start, Instant end) {}
    Map<UUID, List<Slot>> byUnit = new HashMap<>();
    for (Answer a : answers) {
      for (UUID u : a.unitIds()) {
        byUnit
            .computeIfAbsent(u, k -> new ArrayList<>())
            .add(new Slot(a.bookingId(), a.start(), a.end()));
      }
    }
    long overlaps = 0;
    for (List<Slot> slots : byUnit.values()) {
      slots.sort(Comparator.comparing(Slot::start));
      // All earlier slots still open at a slot's start overlap it.
      var open = new ArrayList<Slot>();
      for (Slot s : slots) {
        open.removeIf(o -> !o.end().isAfter(s.start()));
        for (Slot o : open) if (!o.booking().equals(s.booking())) overlaps++;
        open.add(s);
      }
    }
    return overlaps;
  }

  /** Result of the raw-insert baseline. */
  record Baseline(double perSecond, Samples latency, long rows) {}

  /**
   * Raw single-row INSERT commits into a scratch copy of occupancy (same columns, primary key and
   * exclusion constraint, made by LIKE … INCLUDING ALL), one autocommit connection per client, each
   * row a fresh booking on the next slot of a unit, so nothing is refused.
   */
  static Baseline baseline(
      Db db,
      int clients,
      Duration warmup,
      Duration measure,
      UUID tenant,
      List<UUID> units,
      BookingBench.Log log)
      throws Exception {
    try (Connection c = db.superuser()) {
      Db.exec(c, "DROP SCHEMA IF EXISTS bench_scratch CASCADE");
      Db.exec(c, "CREATE SCHEMA bench_scratch");
      Db.exec(c, "CREATE TABLE bench_scratch.occupancy (LIKE public.occupancy INCLUDING ALL)");
      long exclusions =
          Db.number(
              c,
              "SELECT count(*) FROM pg_constraint WHERE conrelid ="
                  + " 'bench_scratch.occupancy'::regclass AND contype = 'x'");
      log.info(
          "baseline: scratch occupancy table with %d exclusion constraint(s)"
              .formatted(exclusions));
      if (exclusions != 1)
        throw new IllegalStateException("the scratch table lacks the exclusion constraint");
    }
    var counter = new AtomicLong();
    var measuring = new AtomicBoolean();
    var stop = new AtomicBoolean();
    var latency = new Samples();
    var failures = new ArrayList<Throwable>();
    Instant base = Instant.parse("2031-01-01T00:00:00Z");
    var threads = new ArrayList<Thread>();
    var connections = new ArrayList<Connection>();
    for (int k = 0; k < clients; k++) connections.add(db.superuser());
    for (Connection conn : connections) {
      threads.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    try (conn;
                        PreparedStatement ps =
                            conn.prepareStatement(
                                "INSERT INTO bench_scratch.occupancy (tenant_id, booking_id,"
                                    + " unit_id, during) VALUES (?, ?, ?, tstzrange(?, ?,"
                                    + " '[)'))")) {
                      conn.setAutoCommit(true);
                      while (!stop.get()) {
                        long n = counter.getAndIncrement();
                        Instant start = base.plus(Duration.ofHours(n / units.size()));
                        ps.setObject(1, tenant);
                        ps.setObject(2, UUID.randomUUID());
                        ps.setObject(3, units.get((int) (n % units.size())));
                        ps.setTimestamp(4, Timestamp.from(start));
                        ps.setTimestamp(5, Timestamp.from(start.plus(Duration.ofHours(1))));
                        long t = System.nanoTime();
                        ps.executeUpdate();
                        if (measuring.get()) latency.add(System.nanoTime() - t);
                      }
                    } catch (Throwable e) {
                      synchronized (failures) {
                        failures.add(e);
                      }
                    }
                  }));
    }
    Thread.sleep(warmup.toMillis());
    long before = counter.get();
    long t0 = System.nanoTime();
    measuring.set(true);
    Thread.sleep(measure.toMillis());
    long after = counter.get();
    long t1 = System.nanoTime();
    measuring.set(false);
    stop.set(true);
    for (Thread t : threads) t.join();
    if (!failures.isEmpty())
      throw new IllegalStateException("baseline insert failed", failures.getFirst());
    long rows;
    try (Connection c = db.superuser()) {
      rows = Db.number(c, "SELECT count(*) FROM bench_scratch.occupancy");
      Db.exec(c, "DROP SCHEMA bench_scratch CASCADE");
    }
    return new Baseline((after - before) / ((t1 - t0) / 1e9), latency, rows);
  }

  private Audit() {}
}
