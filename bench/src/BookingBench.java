import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The booking benchmark's driver (started by bench/booking, which builds and starts the app): seeds
 * a year of history, books over the public API with concurrent clients, checks for double bookings
 * without trusting the occupancy table, measures availability and live events, and compares the
 * booking rate with raw inserts into the same server. Prints {@code BENCH <name> <value> <unit>}
 * lines on stdout, progress on stderr.
 */
public final class BookingBench {

  /** Progress on stderr, stamped with the seconds since the driver started. */
  record Log(long startNanos) {
    void info(String message) {
      System.err.printf(
          Locale.ROOT, "[bench %6.1fs] %s%n", (System.nanoTime() - startNanos) / 1e9, message);
    }
  }

  /** Sizes of one run: "full" (the benchmark) or "small" (a quick check while developing). */
  record Scale(
      String name,
      int roomTypes,
      int rooms,
      int deskResources,
      int desksEach,
      int historyDays,
      int slotsPerDay,
      Duration warmup,
      Duration load,
      int horizonDays,
      double collisionShare,
      double deskShare,
      int availabilityCalls,
      int availabilitySeconds,
      int sseStreams,
      int sseRate,
      Duration sseDuration,
      Duration baselineWarmup,
      Duration baseline) {

    static Scale of(String name) {
      return switch (name) {
        case "small" ->
            new Scale(
                /* name */ "small",
                /* roomTypes */ 2,
                /* rooms */ 40,
                /* deskResources */ 1,
                /* desksEach */ 10,
                /* historyDays */ 30,
                /* slotsPerDay */ 5,
                /* warmup */ Duration.ofSeconds(2),
                /* load */ Duration.ofSeconds(10),
                /* horizonDays */ 30,
                /* collisionShare */ 0.2,
                /* deskShare */ 0.1,
                /* availabilityCalls */ 200,
                /* availabilitySeconds */ 10,
                /* sseStreams */ 100,
                /* sseRate */ 50,
                /* sseDuration */ Duration.ofSeconds(5),
                /* baselineWarmup */ Duration.ofSeconds(1),
                /* baseline */ Duration.ofSeconds(5));
        case "full" ->
            new Scale(
                /* name */ "full",
                /* roomTypes */ 10,
                /* rooms */ 520,
                /* deskResources */ 4,
                /* desksEach */ 25,
                /* historyDays */ 365,
                /* slotsPerDay */ 5,
                /* warmup */ Duration.ofSeconds(15),
                /* load */ Duration.ofSeconds(60),
                /* horizonDays */ 60,
                /* collisionShare */ 0.2,
                /* deskShare */ 0.1,
                /* availabilityCalls */ 1500,
                /* availabilitySeconds */ 30,
                /* sseStreams */ 1000,
                /* sseRate */ 50,
                /* sseDuration */ Duration.ofSeconds(15),
                /* baselineWarmup */ Duration.ofSeconds(3),
                /* baseline */ Duration.ofSeconds(20));
        default -> throw new IllegalArgumentException("BENCH_SCALE is full or small, not " + name);
      };
    }
  }

  private final Log log = new Log(System.nanoTime());
  private final String base;
  private final Db db;
  private final Path outDir;
  private final String stamp;
  private final Scale scale;
  private final int clients;
  private final long deadlineMillis;
  private final HttpClient http;

  private String token;
  private UUID tenantId;
  private UUID locationId;
  private ZoneId zone;
  private LocalDate today;
  private final Map<DayOfWeek, int[]> openHours = new EnumMap<>(DayOfWeek.class);
  private Seed.Space space;
  private List<UUID> members;

  /** Every 2xx booking answer of every phase, for the client-side double-booking check. */
  private final List<Audit.Answer> answers = Collections.synchronizedList(new ArrayList<>());

  private BookingBench() {
    this.base = env("BENCH_BASE_URL", null);
    this.db = new Db(Integer.parseInt(env("BENCH_PG_PORT", null)));
    this.outDir = Path.of(env("BENCH_OUT_DIR", "bench/out"));
    this.stamp = env("BENCH_STAMP", String.valueOf(System.currentTimeMillis()));
    this.scale = Scale.of(env("BENCH_SCALE", "full"));
    this.clients = Integer.parseInt(env("BENCH_CLIENTS", "16"));
    this.deadlineMillis =
        Long.parseLong(
            env("BENCH_DEADLINE_MS", String.valueOf(System.currentTimeMillis() + 540_000)));
    if (!URI.create(base).getHost().equals("127.0.0.1")) {
      throw new IllegalArgumentException("the bench targets 127.0.0.1 only, not " + base);
    }
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
  }

  public static void main(String[] args) throws Exception {
    new BookingBench().run();
  }

  private void run() throws Exception {
    log.info(
        "scale %s, %d clients, app at %s, PostgreSQL on port %d"
            .formatted(scale.name(), clients, base, port()));
    signIn();
    checkDurability();
    seed();
    // Each phase runs only if the time left allows it, so the whole run stops within its budget.
    long load = scale.warmup().plus(scale.load()).toSeconds() + 15;
    if (phase("load")
        && fits(
            "load",
            load,
            "bookings_per_s",
            "booking_p50_ms",
            "booking_p99_ms",
            "conflicts",
            "errors")) {
      bookingLoad();
    }
    long availability = scale.availabilitySeconds() * 3 / 2 + 30;
    if (phase("availability")
        && fits("availability", availability, "availability_p50_ms", "availability_p99_ms")) {
      availability();
    }
    long sse = scale.sseDuration().toSeconds() + 60;
    if (phase("sse") && fits("sse", sse, "sse_p50_ms", "sse_p99_ms", "sse_missed")) {
      liveEvents();
    }
    if (phase("audit") && fits("audit", 60, "double_bookings_clients", "double_bookings_audit")) {
      doubleBookings();
    }
    long baseline = scale.baselineWarmup().plus(scale.baseline()).toSeconds() + 15;
    if (phase("baseline") && fits("baseline", baseline, "baseline_inserts_per_s", "ratio")) {
      baseline();
    }
    log.info("done");
  }

  // --- set-up ---------------------------------------------------------------------------------

  private void signIn() throws Exception {
    var r =
        post("/api/v1/auth/token", "{\"email\":\"damir@demo.atrium\",\"password\":\"demo\"}", null);
    if (r.statusCode() != 201) throw new IllegalStateException("sign-in failed: " + r.body());
    token = (String) Json.object(r.body()).get("token");
    var locations = Json.array(get("/api/v1/locations").body());
    @SuppressWarnings("unchecked")
    var demo = (Map<String, Object>) locations.getFirst();
    locationId = UUID.fromString((String) demo.get("id"));
    zone = ZoneId.of((String) demo.get("timeZone"));
    today = LocalDate.now(zone);
    for (Object o : (List<?>) demo.get("openingHours")) {
      var h = (Map<?, ?>) o;
      int opens = LocalTime.parse((String) h.get("opens")).getHour();
      String closes = (String) h.get("closes");
      int closesHour = closes.equals("24:00") ? 24 : LocalTime.parse(closes).getHour();
      openHours.put(
          DayOfWeek.of(((Number) h.get("weekday")).intValue()), new int[] {opens, closesHour});
    }
    try (Connection c = db.superuser()) {
      tenantId = Db.uuid(c, "SELECT tenant_id FROM location WHERE id = ?", locationId);
    }
    log.info(
        "signed in as the demo owner; location %s (%s), open %s"
            .formatted(locationId, zone, hoursText()));
  }

  private String hoursText() {
    var b = new StringBuilder();
    openHours.forEach(
        (d, h) ->
            b.append(d.toString(), 0, 2)
                .append(' ')
                .append(h[0])
                .append('-')
                .append(h[1])
                .append(' '));
    return b.toString().trim();
  }

  private void checkDurability() throws Exception {
    try (Connection c = db.superuser()) {
      String fsync = Db.string(c, "SHOW fsync");
      String sync = Db.string(c, "SHOW synchronous_commit");
      String fpw = Db.string(c, "SHOW full_page_writes");
      String version = Db.string(c, "SHOW server_version");
      log.info(
          "PostgreSQL %s: fsync=%s synchronous_commit=%s full_page_writes=%s"
              .formatted(version, fsync, sync, fpw));
      if (!"on".equals(fsync) || !"on".equals(sync)) {
        throw new IllegalStateException("the server is not durable (fsync/synchronous_commit off)");
      }
    }
  }

  private void seed() throws Exception {
    long t0 = System.nanoTime();
    try (Connection c = db.superuser()) {
      space = Seed.existing(c, tenantId);
      if (space != null) {
        log.info("seed: this database is seeded already; reusing its bench resources");
        members =
            Db.uuids(
                c, "SELECT id FROM member WHERE tenant_id = ? AND status = 'ACTIVE'", tenantId);
        return;
      }
    }
    try (Connection c = db.superuser()) {
      space =
          Seed.run(
              c,
              tenantId,
              locationId,
              zone.getId(),
              scale.roomTypes(),
              scale.rooms(),
              scale.deskResources(),
              scale.desksEach(),
              scale.historyDays(),
              scale.slotsPerDay(),
              log);
      long t1 = System.nanoTime();
      Db.exec(c, "VACUUM (ANALYZE) booking, occupancy, resource, resource_unit, resource_type");
      long t2 = System.nanoTime();
      // The seed's dirty pages are written now, not by a checkpoint in the middle of the load.
      Db.exec(c, "CHECKPOINT");
      log.info(
          "seed: vacuum+analyze %.1f s, checkpoint %.1f s"
              .formatted((t2 - t1) / 1e9, (System.nanoTime() - t2) / 1e9));
      members =
          Db.uuids(c, "SELECT id FROM member WHERE tenant_id = ? AND status = 'ACTIVE'", tenantId);
    }
    bench("seed_resources", space.rooms().size() + space.deskResources().size(), "resources");
    bench("seed_units", space.units().size(), "units");
    bench("seed_bookings", space.bookings(), "rows");
    bench("seed_occupancy", space.occupancy(), "rows");
    bench("seed_s", (System.nanoTime() - t0) / 1e9, "s");
  }

  // --- booking load ---------------------------------------------------------------------------

  /** A bookable slot: a resource for one hour. */
  record Slot(UUID resource, Instant start, Instant end, int owner) {}

  /** The outcome counters and latencies of a load run. */
  static final class Tally {
    final AtomicLong ok = new AtomicLong();
    final AtomicLong conflicts = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    final Samples okLatency = new Samples();
    final Samples conflictLatency = new Samples();
    final Samples allLatency = new Samples();
  }

  private void bookingLoad() throws Exception {
    log.info("booking load: warm-up %d s".formatted(scale.warmup().toSeconds()));
    Tally warm = runLoad(scale.warmup());
    log.info(
        "booking load: %d clients for %d s, %.0f%% of requests on a slot another client just asked for"
            .formatted(clients, scale.load().toSeconds(), scale.collisionShare() * 100));
    var cpu = cpuMeter();
    cpu.start();
    long t0 = System.nanoTime();
    Tally t = runLoad(scale.load());
    double seconds = (System.nanoTime() - t0) / 1e9;
    var busy = cpu.stop();
    log.info(
        "booking load: %d booked, %d refused as taken, %d errors in %.1f s"
            .formatted(t.ok.get(), t.conflicts.get(), t.errors.get(), seconds));
    bench("bookings_per_s", t.ok.get() / seconds, "bookings/s");
    bench("booking_p50_ms", t.okLatency.percentileMs(50), "ms");
    bench("booking_p99_ms", t.okLatency.percentileMs(99), "ms");
    bench("conflicts", t.conflicts.get(), "count");
    bench("conflict_p50_ms", t.conflictLatency.percentileMs(50), "ms");
    bench("conflict_p99_ms", t.conflictLatency.percentileMs(99), "ms");
    bench(
        "requests_per_s",
        (t.ok.get() + t.conflicts.get() + t.errors.get()) / seconds,
        "requests/s");
    bench("errors", t.errors.get(), "count");
    bench("warmup_errors", warm.errors.get(), "count");
    cpuFigures("load", busy);
    long requests = t.ok.get() + t.conflicts.get() + t.errors.get();
    double coreMs = Runtime.getRuntime().availableProcessors() * seconds * 1000 / 100;
    bench("load_app_cpu_ms_per_request", busy.app() * coreMs / requests, "ms");
    bench("load_postgres_cpu_ms_per_request", busy.postgres() * coreMs / requests, "ms");
    lastBookingsPerSecond = t.ok.get() / seconds;
  }

  private void cpuFigures(String phase, CpuMeter.Shares s) {
    bench(phase + "_cpu_busy_pct", s.busy(), "%");
    bench(phase + "_cpu_app_pct", s.app(), "%");
    bench(phase + "_cpu_postgres_pct", s.postgres(), "%");
    bench(phase + "_cpu_driver_pct", s.driver(), "%");
    bench(phase + "_cpu_other_pct", s.other(), "%");
  }

  /** A meter of the app's and its PostgreSQL's CPU, whose process ids bench/booking passes. */
  private static CpuMeter cpuMeter() {
    return new CpuMeter(pid("BENCH_APP_PID"), pid("BENCH_PG_PID"));
  }

  private static long pid(String name) {
    String v = System.getenv(name);
    return v != null && v.matches("\\d+") ? Long.parseLong(v) : 0;
  }

  private double lastBookingsPerSecond;

  private Tally runLoad(Duration length) throws Exception {
    var tally = new Tally();
    var recent = new AtomicReferenceArray<Slot>(64);
    var cursor = new AtomicLong();
    long deadline = System.nanoTime() + length.toNanos();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int k = 0; k < clients; k++) {
        int client = k;
        pool.submit(
            () -> {
              var rnd = ThreadLocalRandom.current();
              while (System.nanoTime() < deadline) {
                Slot slot = null;
                long n = cursor.get();
                if (n > 0 && rnd.nextDouble() < scale.collisionShare()) {
                  // Another client's slot of a moment ago: in flight or just committed.
                  Slot s = recent.get((int) ((n - 1 - rnd.nextInt((int) Math.min(n, 4))) % 64));
                  if (s != null && s.owner() != client) slot = s;
                }
                if (slot == null) {
                  slot = freshSlot(client, rnd);
                  recent.set((int) (cursor.getAndIncrement() % 64), slot);
                }
                book(slot, tally);
              }
              return null;
            });
      }
    }
    return tally;
  }

  private Slot freshSlot(int client, ThreadLocalRandom rnd) {
    while (true) {
      UUID resource =
          rnd.nextDouble() < scale.deskShare()
              ? space.deskResources().get(rnd.nextInt(space.deskResources().size()))
              : space.rooms().get(rnd.nextInt(space.rooms().size()));
      LocalDate day = today.plusDays(1 + rnd.nextInt(scale.horizonDays()));
      int[] h = openHours.get(day.getDayOfWeek());
      if (h == null || h[1] - h[0] < 1) continue;
      Instant start = day.atTime(h[0] + rnd.nextInt(h[1] - h[0]), 0).atZone(zone).toInstant();
      return new Slot(resource, start, start.plus(Duration.ofHours(1)), client);
    }
  }

  /**
   * Books a slot over the API; 201 answers join {@link #answers}. Returns the booking id or null.
   */
  private String book(Slot slot, Tally tally) {
    UUID member = members.get(ThreadLocalRandom.current().nextInt(members.size()));
    String body =
        "{\"resourceId\":\"%s\",\"memberId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\"}"
            .formatted(slot.resource(), member, slot.start(), slot.end());
    long t = System.nanoTime();
    try {
      var r = post("/api/v1/bookings", body, token);
      long dt = System.nanoTime() - t;
      tally.allLatency.add(dt);
      if (r.statusCode() == 201) {
        var b = Json.object(r.body());
        var units = new ArrayList<UUID>();
        for (Object u : (List<?>) b.get("unitIds")) units.add(UUID.fromString((String) u));
        String id = (String) b.get("id");
        if (units.isEmpty()) {
          tally.errors.incrementAndGet();
          log.info("201 without units: " + r.body());
          return id;
        }
        answers.add(
            new Audit.Answer(
                UUID.fromString(id),
                units,
                Instant.parse((String) b.get("start")),
                Instant.parse((String) b.get("end"))));
        tally.ok.incrementAndGet();
        tally.okLatency.add(dt);
        return id;
      }
      if (r.statusCode() == 409) {
        tally.conflicts.incrementAndGet();
        tally.conflictLatency.add(dt);
        if (!r.body().contains("slot-taken")) log.info("409 not slot-taken: " + r.body());
        return null;
      }
      if (tally.errors.incrementAndGet() <= 5)
        log.info("booking answered " + r.statusCode() + ": " + r.body());
    } catch (Exception e) {
      if (tally.errors.incrementAndGet() <= 5) log.info("booking failed: " + e);
    }
    return null;
  }

  // --- availability ---------------------------------------------------------------------------

  private void availability() throws Exception {
    String probe = availabilityPath(today.minusDays(1), null);
    var first = get(probe);
    if (first.statusCode() != 200) {
      log.info(
          "availability: GET %s answered %d; the endpoint is not in this build, so no figures"
              .formatted(probe, first.statusCode()));
      bench("availability_p50_ms", "n/a", "ms");
      bench("availability_p99_ms", "n/a", "ms");
      return;
    }
    int shown = first.body().split("\"resourceId\"", -1).length - 1;
    log.info("availability: the whole location answers with %d resources".formatted(shown));
    // One screen's worth (a type of some 50 rooms), then the whole location (all its resources),
    // each on random days of the seeded year, one call at a time.
    int perType = space.rooms().size() / Math.max(1, space.roomTypes().size());
    log.info(
        "availability: %d calls (or %d s) of one room type (%d rooms) on random days of the past year"
            .formatted(scale.availabilityCalls(), scale.availabilitySeconds(), perType));
    Samples typed = availabilityCalls(scale.availabilityCalls(), scale.availabilitySeconds(), true);
    bench("availability_p50_ms", typed.percentileMs(50), "ms");
    bench("availability_p99_ms", typed.percentileMs(99), "ms");
    bench("availability_calls", typed.size(), "calls");
    int everything = space.rooms().size() + space.deskResources().size();
    log.info(
        "availability: %d calls (or %d s) of the whole location (%d+ resources)"
            .formatted(scale.availabilityCalls() / 5, scale.availabilitySeconds() / 2, everything));
    Samples all =
        availabilityCalls(scale.availabilityCalls() / 5, scale.availabilitySeconds() / 2, false);
    bench("availability_location_p50_ms", all.percentileMs(50), "ms");
    bench("availability_location_p99_ms", all.percentileMs(99), "ms");
    bench("availability_location_calls", all.size(), "calls");
    Plan.write(
        db,
        outDir.resolve("availability-plan-" + stamp + ".txt"),
        System.getenv("BENCH_JAVAP"),
        tenantId,
        locationId,
        zone,
        today.minusDays(1 + ThreadLocalRandom.current().nextInt(scale.historyDays())),
        space.roomTypes().getFirst(),
        openHours,
        log);
  }

  private String availabilityPath(LocalDate date, UUID typeId) {
    return "/api/v1/availability?locationId=%s&date=%s%s"
        .formatted(locationId, date, typeId == null ? "" : "&typeId=" + typeId);
  }

  private Samples availabilityCalls(int count, int seconds, boolean byType) throws Exception {
    var samples = new Samples();
    var rnd = ThreadLocalRandom.current();
    long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    int errors = 0;
    int warm = Math.min(5, count / 10); // not counted: the first calls of a code path are slow
    for (int k = 0; k < count + warm && System.nanoTime() < deadline; k++) {
      LocalDate date = today.minusDays(1 + rnd.nextInt(scale.historyDays()));
      UUID type = byType ? space.roomTypes().get(rnd.nextInt(space.roomTypes().size())) : null;
      long t = System.nanoTime();
      var r = get(availabilityPath(date, type));
      long dt = System.nanoTime() - t;
      if (r.statusCode() == 200 && r.body().contains("\"resources\"")) {
        if (k >= warm) samples.add(dt);
      } else if (errors++ < 3) {
        log.info("availability answered %d: %s".formatted(r.statusCode(), r.body()));
      }
    }
    if (errors > 0) log.info("availability: %d calls failed".formatted(errors));
    return samples;
  }

  // --- live events ----------------------------------------------------------------------------

  private void liveEvents() throws Exception {
    var uri = URI.create(base + "/api/v1/events/stream?locationId=" + locationId);
    var probe =
        http.send(
            HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    probe.body().close();
    if (probe.statusCode() != 200) {
      log.info(
          "sse: GET %s answered %d; the event stream is not in this build, so no figures"
              .formatted(uri, probe.statusCode()));
      bench("sse_p50_ms", "n/a", "ms");
      bench("sse_p99_ms", "n/a", "ms");
      bench("sse_missed", "n/a", "count");
      return;
    }
    var live = new Live(uri, token);
    var cpu = cpuMeter();
    int wanted = scale.sseStreams();
    log.info("sse: opening %d streams".formatted(wanted));
    long t0 = System.nanoTime();
    int ready = live.open(wanted, Duration.ofSeconds(90));
    log.info(
        "sse: %d of %d streams ready in %.1f s"
            .formatted(ready, wanted, (System.nanoTime() - t0) / 1e9));
    // Book at a steady rate, each booking on its own virtual thread so a slow answer delays none.
    // The first seconds warm the stream code up (the JIT) and are not counted.
    int warm = scale.sseRate() * 3;
    int count = warm + (int) (scale.sseRate() * scale.sseDuration().toSeconds());
    var committed = ConcurrentHashMap.<Integer>newKeySet();
    var allCommitted = new java.util.concurrent.atomic.AtomicLong();
    var tally = new Tally();
    long period = 1_000_000_000L / scale.sseRate();
    log.info(
        "sse: booking at %d/s for 3 s of warm-up, then %d s"
            .formatted(scale.sseRate(), scale.sseDuration().toSeconds()));
    long start = System.nanoTime();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int k = 0; k < count; k++) {
        long wait = start + k * period - System.nanoTime();
        if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
        Slot slot = sseSlot(k);
        boolean counted = k >= warm;
        if (k == warm) cpu.start();
        pool.submit(
            () -> {
              String id = book(slot, counted ? tally : new Tally());
              if (id != null) allCommitted.incrementAndGet();
              if (id != null && counted) committed.add(live.id(id));
            });
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9 - 3;
    long expected = (long) wanted * committed.size();
    // Let the last events arrive.
    long drainUntil = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    long all = (long) wanted * allCommitted.get();
    while (System.nanoTime() < drainUntil && live.delivered() < all) Thread.sleep(50);
    var busy = cpu.stop();
    live.close();
    var delays = new Samples();
    long matched = 0;
    long duplicates = 0;
    int unreadable = 0;
    int early = 0;
    int failed = 0;
    for (Live.Stream s : live.streams()) {
      if (s.endedEarly) early++;
      if (s.failure != null && failed++ < 3) log.info("sse: a stream failed: " + s.failure);
      var seen = new HashSet<Integer>();
      for (int k = 0; k < s.size; k++) {
        if (!committed.contains(s.bookings[k])) continue;
        if (!seen.add(s.bookings[k])) {
          duplicates++;
          continue;
        }
        long delay = s.delayNanos(k);
        if (delay < 0 && unreadable++ < 3)
          log.info("sse: an event's at is unreadable: " + s.sentAt[k]);
        if (delay < 0) continue;
        matched++;
        delays.add(delay);
      }
    }
    log.info(
        ("sse: %d bookings in %.1f s (%d refused, %d errors); %d of %d deliveries arrived,"
                + " %d duplicates; %d streams ended by the server, %d failed")
            .formatted(
                committed.size(),
                seconds,
                tally.conflicts.get(),
                tally.errors.get(),
                matched,
                expected,
                duplicates,
                early,
                failed));
    bench("sse_streams", ready, "streams");
    bench("sse_p50_ms", delays.percentileMs(50), "ms");
    bench("sse_p99_ms", delays.percentileMs(99), "ms");
    bench("sse_max_ms", delays.maxMs(), "ms");
    bench("sse_missed", expected - matched, "count");
    bench("sse_booking_errors", tally.errors.get() + tally.conflicts.get(), "count");
    cpuFigures("sse", busy);
  }

  /** The k-th slot of the live-events phase: rooms in turn, hour by hour, after the load's days. */
  private Slot sseSlot(int k) {
    int rooms = space.rooms().size();
    UUID room = space.rooms().get(k % rooms);
    int index = k / rooms;
    // BENCH_SSE_SKIP_DAYS moves the slots on when the driver runs again on the same database.
    int skip = Integer.parseInt(env("BENCH_SSE_SKIP_DAYS", "0"));
    LocalDate day = today.plusDays(scale.horizonDays() + 1 + skip);
    while (true) {
      int[] h = openHours.get(day.getDayOfWeek());
      int span = h == null ? 0 : h[1] - h[0];
      if (index < span) {
        Instant start = day.atTime(h[0] + index, 0).atZone(zone).toInstant();
        return new Slot(room, start, start.plus(Duration.ofHours(1)), -1);
      }
      index -= span;
      day = day.plusDays(1);
    }
  }

  // --- correctness ----------------------------------------------------------------------------

  private void doubleBookings() throws Exception {
    List<Audit.Answer> seen;
    synchronized (answers) {
      seen = new ArrayList<>(answers);
    }
    long clientSide = Audit.clientOverlaps(seen);
    log.info("double bookings: %d answered bookings checked per unit".formatted(seen.size()));
    long t0 = System.nanoTime();
    long units;
    long oversold;
    long confirmed;
    try (Connection c = db.superuser()) {
      Db.exec(c, "SET work_mem = '256MB'");
      UUID desks = space.deskResources().getFirst();
      int deskUnits =
          (int) Db.number(c, "SELECT count(*) FROM resource_unit WHERE resource_id = ?", desks);
      log.info(
          "double bookings: self-test: "
              + Audit.selfTest(
                  c, tenantId, locationId, space.rooms().getFirst(), desks, deskUnits));
      t0 = System.nanoTime();
      long[] found = Audit.audit(c, null, null);
      units = found[0];
      oversold = found[1];
      confirmed = Db.number(c, "SELECT count(*) FROM booking WHERE status = 'CONFIRMED'");
    }
    log.info(
        "double bookings: audit of %d confirmed bookings in %.1f s: %d unit overlaps, %d desks oversold"
            .formatted(confirmed, (System.nanoTime() - t0) / 1e9, units, oversold));
    bench("double_bookings_clients", clientSide, "count");
    bench("double_bookings_audit", units + oversold, "count");
  }

  // --- baseline -------------------------------------------------------------------------------

  private void baseline() throws Exception {
    log.info(
        "baseline: %d JDBC clients, single-row INSERT commits for %d s"
            .formatted(clients, scale.baseline().toSeconds()));
    var b =
        Audit.baseline(
            db, clients, scale.baselineWarmup(), scale.baseline(), tenantId, space.units(), log);
    log.info("baseline: %d rows written".formatted(b.rows()));
    bench("baseline_inserts_per_s", b.perSecond(), "inserts/s");
    bench("baseline_insert_p99_ms", b.latency().percentileMs(99), "ms");
    bench("ratio", lastBookingsPerSecond / b.perSecond(), "ratio");
  }

  // --- plumbing -------------------------------------------------------------------------------

  /**
   * Whether a phase of about {@code seconds} fits in the time left; if not, its figures are n/a.
   */
  private boolean fits(String phase, long seconds, String... figures) {
    long left = (deadlineMillis - System.currentTimeMillis()) / 1000;
    if (left >= seconds) return true;
    log.info(
        "%s: skipped, it needs about %d s and %d s are left of the run's budget"
            .formatted(phase, seconds, left));
    for (String f : figures) bench(f, "n/a", f.endsWith("_ms") ? "ms" : "count");
    return false;
  }

  /** BENCH_PHASES (comma-separated) runs some phases only, while developing; all by default. */
  private static boolean phase(String name) {
    String only = System.getenv("BENCH_PHASES");
    return only == null || only.isBlank() || List.of(only.split(",")).contains(name);
  }

  private int port() {
    return Integer.parseInt(env("BENCH_PG_PORT", "0"));
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    var req =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build();
    return http.send(req, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String json, String bearer)
      throws IOException, InterruptedException {
    var req =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (bearer != null) req.header("Authorization", "Bearer " + bearer);
    return http.send(req.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void bench(String name, Object value, String unit) {
    String v =
        switch (value) {
          case Double d when d.isNaN() -> "n/a";
          case Double d ->
              String.format(Locale.ROOT, d >= 100 ? "%.0f" : d >= 1 ? "%.2f" : "%.3f", d);
          default -> String.valueOf(value);
        };
    System.out.println("BENCH " + name + " " + v + " " + unit);
    System.out.flush();
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    if (v == null || v.isBlank()) {
      if (fallback == null) throw new IllegalStateException(name + " is not set");
      return fallback;
    }
    return v;
  }
}
