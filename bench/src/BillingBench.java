import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The invoice-run benchmark's driver: seeds, with set-based SQL into the demo coworking, N members
 * (100 000; BENCH_SCALE=small: 5 000) with a Resident membership (one in ten starting during the
 * month, prorated), a month of bookings over the included hours, printing over the included pages
 * (device usage) and premium coffee; starts the run of the current month through the API and
 * times it until it is DONE (computing and issuing: lines, numbers, totals); renders 200 PDFs to
 * extrapolate the PDF rate; and checks that the invoices' totals add up to the same sum computed
 * straight from the membership, booking and usage tables by an independent query.
 */
public final class BillingBench {

  private final String base = env("BENCH_BASE_URL", "http://127.0.0.1:8080");
  private final int pgPort = Integer.parseInt(env("BENCH_PG_PORT", "5432"));
  private final boolean small = env("BENCH_SCALE", "full").equals("small");
  private final int members = small ? 5_000 : 100_000;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private String token;

  public static void main(String[] args) throws Exception {
    new BillingBench().run();
  }

  private void run() throws Exception {
    if (!URI.create(base).getHost().equals("127.0.0.1"))
      throw new IllegalArgumentException("the bench targets 127.0.0.1 only, not " + base);
    var r =
        post("/api/v1/auth/token", "{\"email\":\"damir@demo.atrium\",\"password\":\"demo\"}");
    if (r.statusCode() != 201) throw new IllegalStateException("sign-in failed: " + r.body());
    token = (String) Json.object(r.body()).get("token");

    Db db = new Db(pgPort);
    YearMonth period = YearMonth.now(ZoneId.of("Asia/Almaty"));
    YearMonth arrears = period.minusMonths(1);
    try (Connection c = db.superuser()) {
      c.setAutoCommit(false);
      UUID tenant = Db.uuid(c, "SELECT id FROM tenant WHERE slug = 'demo'");
      long t0 = System.nanoTime();
      seed(c, tenant, period, arrears);
      c.commit();
      Db.exec(c, "ANALYZE");
      c.commit();
      say(
          "seeded %d members in %.1f s (period %s, usage of %s)"
              .formatted(members, (System.nanoTime() - t0) / 1e9, period, arrears));
    }

    // The run, through the API, timed to DONE.
    long start = System.nanoTime();
    var started = post("/api/v1/invoice-runs", "{\"period\":\"" + period + "\"}");
    if (started.statusCode() != 202)
      throw new IllegalStateException("run not started: " + started.body());
    String runId = (String) Json.object(started.body()).get("id");
    Map<String, Object> run;
    long lastLog = 0;
    while (true) {
      run = Json.object(get("/api/v1/invoice-runs/" + runId).body());
      if (!"RUNNING".equals(run.get("status"))) break;
      if (System.nanoTime() - lastLog > 5e9) {
        say("… %s of %s payers".formatted(run.get("processed"), run.get("payers")));
        lastLog = System.nanoTime();
      }
      Thread.sleep(100);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (!"DONE".equals(run.get("status"))) throw new IllegalStateException("run ended: " + run);
    long issued = ((Number) run.get("issued")).longValue();
    bench("invoices_issued", issued, "invoices");
    bench("invoice_run_seconds", seconds, "s");
    bench("invoices_per_s", issued / seconds, "invoices/s");

    // PDFs: rendered on demand (the outbox's work), timed apart from the run.
    List<UUID> sample;
    try (Connection c = db.superuser()) {
      sample =
          Db.uuids(
              c,
              "SELECT i.id FROM invoice i JOIN member m ON m.tenant_id = i.tenant_id"
                  + " AND m.id = i.member_id WHERE i.period = ?::date AND 'bench' = ANY(m.tags)"
                  + " ORDER BY i.number_seq LIMIT 200",
              period.atDay(1).toString());
    }
    long p0 = System.nanoTime();
    long bytes = 0;
    for (UUID id : sample) {
      var pdf =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/v1/invoices/" + id + "/pdf"))
                  .header("Authorization", "Bearer " + token)
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (pdf.statusCode() != 200) throw new IllegalStateException("pdf " + pdf.statusCode());
      bytes += pdf.body().length;
    }
    double pdfSeconds = (System.nanoTime() - p0) / 1e9;
    double pdfRate = sample.size() / pdfSeconds;
    bench("pdf_per_s", pdfRate, "pdf/s");
    bench("pdf_avg_kb", bytes / 1024.0 / Math.max(1, sample.size()), "KiB");
    bench("pdf_all_extrapolated_s", issued / pdfRate, "s");

    // The check: invoices against the raw tables.
    try (Connection c = db.superuser()) {
      String p = period.atDay(1).toString();
      String a = arrears.atDay(1).toString();
      BigDecimal invoiced =
          new BigDecimal(
              Db.string(
                  c,
                  """
                  SELECT coalesce(sum(i.total), 0) FROM invoice i
                    JOIN member m ON m.tenant_id = i.tenant_id AND m.id = i.member_id
                   WHERE i.period = ?::date AND i.kind = 'REGULAR' AND i.status <> 'DRAFT'
                     AND 'bench' = ANY(m.tags)
                  """,
                  p));
      BigDecimal independent =
          new BigDecimal(
              Db.string(
                  c,
                  """
                  WITH bench AS (SELECT tenant_id, id FROM member WHERE 'bench' = ANY(tags)),
                  month AS (SELECT ?::date AS first, (?::date + interval '1 month' - interval '1 day')::date AS last),
                  fees AS (
                    SELECT round(mp.price * ((least(coalesce(ms.ends_on, mo.last), mo.last)
                                 - greatest(ms.starts_on, mo.first) + 1))
                                 / extract(day FROM mo.last), 2) AS amount
                      FROM membership ms JOIN bench b ON b.tenant_id = ms.tenant_id AND b.id = ms.member_id
                      JOIN membership_plan mp ON mp.tenant_id = ms.tenant_id AND mp.membership_id = ms.id
                      CROSS JOIN month mo
                     WHERE ms.status = 'ACTIVE' AND ms.starts_on <= mo.last
                       AND (ms.ends_on IS NULL OR ms.ends_on >= mo.first)),
                  rooms AS (
                    SELECT bk.price_amount AS amount FROM booking bk
                      JOIN bench b ON b.tenant_id = bk.tenant_id AND b.id = bk.member_id
                     WHERE (bk.status = 'CONFIRMED' OR bk.late_cancel) AND bk.price_amount > 0
                       AND (lower(bk.during) AT TIME ZONE 'Asia/Almaty')::date >= ?::date
                       AND (lower(bk.during) AT TIME ZONE 'Asia/Almaty')::date
                           < (?::date + interval '1 month')::date),
                  used AS (
                    SELECT u.amount FROM service_usage u
                      JOIN bench b ON b.tenant_id = u.tenant_id AND b.id = u.member_id
                     WHERE u.period = ?::date)
                  SELECT (SELECT coalesce(sum(amount), 0) FROM fees)
                       + (SELECT coalesce(sum(amount), 0) FROM rooms)
                       + (SELECT coalesce(sum(amount), 0) FROM used)
                  """,
                  p,
                  p,
                  a,
                  a,
                  a));
      say("invoiced %s, from the raw tables %s".formatted(invoiced, independent));
      bench("invoice_total_sum", invoiced.toPlainString(), "KZT");
      bench("independent_total_sum", independent.toPlainString(), "KZT");
      long benchInvoices =
          Db.number(
              c,
              "SELECT count(*) FROM invoice i JOIN member m ON m.tenant_id = i.tenant_id"
                  + " AND m.id = i.member_id WHERE i.period = ?::date AND 'bench' = ANY(m.tags)",
              p);
      bench("bench_members_invoiced", benchInvoices, "of " + members);
      boolean ok = invoiced.compareTo(independent) == 0 && benchInvoices == members;
      bench("check_totals_match", ok ? 1 : 0, ok ? "ok" : "MISMATCH");
      if (!ok) System.exit(2);
    }
  }

  /** Members, memberships, a month of bookings and usage, all in set-based statements. */
  private void seed(Connection c, UUID tenant, YearMonth period, YearMonth arrears)
      throws Exception {
    UUID location =
        Db.uuid(c, "SELECT id FROM location WHERE tenant_id = ? ORDER BY created_at LIMIT 1", tenant);
    UUID plan =
        Db.uuid(c, "SELECT id FROM plan WHERE tenant_id = ? AND code = 'RESIDENT'", tenant);
    UUID room =
        Db.uuid(
            c,
            "SELECT r.id FROM resource r JOIN resource_type t ON t.tenant_id = r.tenant_id"
                + " AND t.id = r.type_id WHERE r.tenant_id = ? AND t.uses_room_hours"
                + " ORDER BY r.name LIMIT 1",
            tenant);
    UUID printing =
        Db.uuid(c, "SELECT id FROM service WHERE tenant_id = ? AND code = 'PRINTING'", tenant);
    UUID coffee =
        Db.uuid(
            c, "SELECT id FROM service WHERE tenant_id = ? AND code = 'PREMIUM_COFFEE'", tenant);
    String p = period.atDay(1).toString();
    String a = arrears.atDay(1).toString();
    Db.exec(c, "CREATE TEMP TABLE bench_member (n int PRIMARY KEY, id uuid NOT NULL, ms uuid NOT NULL)");
    Db.update(
        c,
        "INSERT INTO bench_member SELECT g, gen_random_uuid(), gen_random_uuid()"
            + " FROM generate_series(1, ?) g",
        members);
    Db.update(
        c,
        "INSERT INTO member (tenant_id, id, first_name, last_name, email, tags, created_at)"
            + " SELECT ?, id, 'Bench', 'Member ' || n, 'bench-' || n || '-' || id || '@bench.atrium',"
            + " '{bench}', now() FROM bench_member",
        tenant);
    // One in ten starts during the period (prorated); the rest run since the month before.
    Db.update(
        c,
        "INSERT INTO membership (tenant_id, id, member_id, location_id, starts_on, status, created_at)"
            + " SELECT ?, ms, id, ?, CASE WHEN n % 10 = 0 THEN ?::date + (n % 28) ELSE ?::date END,"
            + " 'ACTIVE', now() FROM bench_member",
        tenant,
        location,
        p,
        a);
    Db.update(
        c,
        "INSERT INTO membership_plan (tenant_id, membership_id, starts_on, plan_id, price, created_at)"
            + " SELECT ?, b.ms, m.starts_on, ?, pl.price, now() FROM bench_member b"
            + " JOIN membership m ON m.tenant_id = ? AND m.id = b.ms"
            + " JOIN plan pl ON pl.tenant_id = ? AND pl.id = ?",
        tenant,
        plan,
        tenant,
        tenant,
        plan);
    // A third book 3 h of a meeting room in the arrears month, 1 h of it over the included hours.
    Db.update(
        c,
        "INSERT INTO booking (tenant_id, id, location_id, resource_id, member_id, during, status,"
            + " channel, created_at, price_amount, price_currency, price_lines, included_hours)"
            + " SELECT ?, gen_random_uuid(), ?, ?, id,"
            + " tstzrange(t, t + interval '3 hours'), 'CONFIRMED', 'API', now(), 4000, 'KZT',"
            + " '[]'::jsonb, 2 FROM (SELECT id, n, (?::date + (n % 28)) + time '04:00'"
            + " + (n % 8) * interval '1 hour' AS t FROM bench_member WHERE n % 3 = 0) x",
        tenant,
        location,
        room,
        a);
    // Half print 150 pages on the printer (100 included), a quarter drink 5 premium coffees.
    Db.update(
        c,
        "INSERT INTO service_usage (tenant_id, id, member_id, service_id, period, occurred_at,"
            + " recorded_at, quantity, included_quantity, paid_quantity, unit_price, amount,"
            + " currency, plan_included, allowance_kind, source, recorded_by_name)"
            + " SELECT ?, gen_random_uuid(), id, ?, ?::date, ?::date + interval '10 days',"
            + " ?::date + interval '10 days', 150, 100, 50, 20, 1000, 'KZT', false,"
            + " 'PRINTED_PAGES', 'DEVICE', 'Printer' FROM bench_member WHERE n % 2 = 0",
        tenant,
        printing,
        a,
        a,
        a);
    Db.update(
        c,
        "INSERT INTO service_usage (tenant_id, id, member_id, service_id, period, occurred_at,"
            + " recorded_at, quantity, included_quantity, paid_quantity, unit_price, amount,"
            + " currency, plan_included, source, recorded_by_name)"
            + " SELECT ?, gen_random_uuid(), id, ?, ?::date, ?::date + interval '12 days',"
            + " ?::date + interval '12 days', 5, 0, 5, 300, 1500, 'KZT', false, 'STAFF',"
            + " 'Reception' FROM bench_member WHERE n % 4 = 0",
        tenant,
        coffee,
        a,
        a,
        a);
  }

  private HttpResponse<String> post(String path, String json) throws Exception {
    var req =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) req.header("Authorization", "Bearer " + token);
    return http.send(req.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void bench(String name, Object value, String unit) {
    String v =
        value instanceof Double d
            ? String.format(Locale.ROOT, d >= 100 ? "%.0f" : "%.2f", d)
            : String.valueOf(value);
    System.out.println("BENCH " + name + " " + v + " " + unit);
    System.out.flush();
  }

  private static void say(String s) {
    System.err.println("[bench] " + s);
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
