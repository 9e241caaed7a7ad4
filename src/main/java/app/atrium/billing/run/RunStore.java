package app.atrium.billing.run;

import app.atrium.billing.run.InvoiceRun.Status;
import app.atrium.billing.run.InvoiceRun.Trigger;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code invoice_run} and {@code invoice_line_source}, and the run's reads of invoices. */
@Repository
class RunStore {

  private static final String SELECT =
      "SELECT id, period, trigger, status, payers, processed, issued, skipped, failed,"
          + " total_amount, error, started_at, heartbeat_at, finished_at FROM invoice_run";

  private final JdbcClient db;

  RunStore(JdbcClient db) {
    this.db = db;
  }

  void insert(UUID id, YearMonth period, Trigger trigger, UUID startedBy, Instant now) {
    db.sql(
            "INSERT INTO invoice_run (tenant_id, id, period, trigger, status, started_by,"
                + " started_at, heartbeat_at) VALUES (atrium_current_tenant(), ?, ?, ?, 'RUNNING',"
                + " ?, ?, ?)")
        .params(
            id,
            period.atDay(1),
            trigger.name(),
            startedBy,
            Timestamp.from(now),
            Timestamp.from(now))
        .update();
  }

  /** Runs of the period still RUNNING whose heartbeat is older than {@code before}: crashed. */
  int interruptStale(YearMonth period, Instant before, Instant now) {
    return db.sql(
            "UPDATE invoice_run SET status = 'INTERRUPTED', finished_at = ?"
                + " WHERE period = ? AND status = 'RUNNING' AND heartbeat_at < ?")
        .params(Timestamp.from(now), period.atDay(1), Timestamp.from(before))
        .update();
  }

  void payers(UUID id, int payers, Instant now) {
    db.sql("UPDATE invoice_run SET payers = ?, heartbeat_at = ? WHERE id = ?")
        .params(payers, Timestamp.from(now), id)
        .update();
  }

  void progress(
      UUID id, int processed, int issued, int skipped, int failed, BigDecimal total, Instant now) {
    db.sql(
            "UPDATE invoice_run SET processed = processed + ?, issued = issued + ?,"
                + " skipped = skipped + ?, failed = failed + ?, total_amount = total_amount + ?,"
                + " heartbeat_at = ? WHERE id = ?")
        .params(processed, issued, skipped, failed, total, Timestamp.from(now), id)
        .update();
  }

  void finish(UUID id, Status status, String error, Instant now) {
    db.sql(
            "UPDATE invoice_run SET status = ?, error = ?, finished_at = ?, heartbeat_at = ?"
                + " WHERE id = ?")
        .params(
            status.name(),
            error == null ? null : error.substring(0, Math.min(error.length(), 2000)),
            Timestamp.from(now),
            Timestamp.from(now),
            id)
        .update();
  }

  Optional<InvoiceRun> find(UUID id) {
    return db.sql(SELECT + " WHERE id = ?").param(id).query(RunStore::row).optional();
  }

  List<InvoiceRun> recent(int limit) {
    return db.sql(SELECT + " ORDER BY started_at DESC, id LIMIT ?")
        .param(limit)
        .query(RunStore::row)
        .list();
  }

  /** Whether a run of the period finished. */
  boolean done(YearMonth period) {
    return db.sql("SELECT EXISTS (SELECT 1 FROM invoice_run WHERE period = ? AND status = 'DONE')")
        .param(period.atDay(1))
        .query(Boolean.class)
        .single();
  }

  /** Whether a run of the period is RUNNING with a heartbeat since {@code since}. */
  boolean running(YearMonth period, Instant since) {
    return db.sql(
            "SELECT EXISTS (SELECT 1 FROM invoice_run WHERE period = ? AND status = 'RUNNING'"
                + " AND heartbeat_at >= ?)")
        .params(period.atDay(1), Timestamp.from(since))
        .query(Boolean.class)
        .single();
  }

  /**
   * Which of these payers have an issued REGULAR invoice of the period. The payer is matched on
   * {@code member_id} or {@code company_id} (an invoice has exactly one), not on their coalesce:
   * under row-level security an expression is not an index condition, and a batch would scan every
   * invoice.
   */
  Set<UUID> issuedPayers(YearMonth period, Collection<UUID> payerIds) {
    if (payerIds.isEmpty()) return Set.of();
    UUID[] ids = payerIds.toArray(UUID[]::new);
    return new HashSet<>(
        db.sql(
                "SELECT coalesce(member_id, company_id) FROM invoice WHERE kind = 'REGULAR'"
                    + " AND period = ? AND status <> 'DRAFT'"
                    + " AND (member_id = ANY(?) OR company_id = ANY(?))")
            .params(period.atDay(1), ids, ids)
            .query(UUID.class)
            .list());
  }

  /** A membership's invoiced fee lines of a month, summed. */
  record Invoiced(UUID membershipId, YearMonth month, BigDecimal amount) {}

  /**
   * What the payers' issued invoices charged for memberships in {@code months}, per month: their
   * invoices found by payer (indexed, see {@link #issuedPayers}), then their lines.
   */
  List<Invoiced> invoicedFees(Collection<UUID> payerIds, Collection<YearMonth> months) {
    if (payerIds.isEmpty() || months.isEmpty()) return List.of();
    return db.sql(
            """
            SELECT l.source_id, l.usage_period, sum(l.amount)
              FROM invoice_line l JOIN invoice i ON i.tenant_id = l.tenant_id AND i.id = l.invoice_id
             WHERE i.status <> 'DRAFT' AND (i.member_id = ANY(?) OR i.company_id = ANY(?))
               AND l.source_type = 'membership' AND l.usage_period = ANY(CAST(? AS date[]))
             GROUP BY l.source_id, l.usage_period
            """)
        .params(
            payerIds.toArray(UUID[]::new),
            payerIds.toArray(UUID[]::new),
            months.stream().map(m -> m.atDay(1).toString()).toArray(String[]::new))
        .query(
            (rs, i) ->
                new Invoiced(
                    rs.getObject(1, UUID.class),
                    YearMonth.from(rs.getObject(2, LocalDate.class)),
                    rs.getBigDecimal(3)))
        .list();
  }

  /** One usage an issued line bills. */
  record Link(UUID invoiceId, int lineNo, String sourceType, UUID sourceId) {}

  /** Writes the links in one statement; a source billed before fails the whole batch. */
  void insertLinks(List<Link> links) {
    if (links.isEmpty()) return;
    db.sql(
            """
            INSERT INTO invoice_line_source (tenant_id, invoice_id, line_no, source_type, source_id)
            SELECT atrium_current_tenant(), i, n, t, s
              FROM unnest(CAST(? AS uuid[]), CAST(? AS int[]), CAST(? AS text[]), CAST(? AS uuid[])) AS x(i, n, t, s)
            """)
        .params(
            links.stream().map(Link::invoiceId).toArray(UUID[]::new),
            links.stream().map(Link::lineNo).toArray(Integer[]::new),
            links.stream().map(Link::sourceType).toArray(String[]::new),
            links.stream().map(Link::sourceId).toArray(UUID[]::new))
        .update();
  }

  /** The sources of an invoice's lines, by line number. */
  Map<Integer, List<UUID>> links(UUID invoiceId) {
    Map<Integer, List<UUID>> out = new HashMap<>();
    db.sql(
            "SELECT line_no, source_id FROM invoice_line_source WHERE invoice_id = ?"
                + " ORDER BY line_no, source_id")
        .param(invoiceId)
        .query(
            (ResultSet rs) -> {
              out.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                  .add(rs.getObject(2, UUID.class));
            });
    return out;
  }

  private static InvoiceRun row(ResultSet rs, int i) throws SQLException {
    return new InvoiceRun(
        rs.getObject("id", UUID.class),
        YearMonth.from(rs.getObject("period", LocalDate.class)),
        Trigger.valueOf(rs.getString("trigger")),
        Status.valueOf(rs.getString("status")),
        rs.getInt("payers"),
        rs.getInt("processed"),
        rs.getInt("issued"),
        rs.getInt("skipped"),
        rs.getInt("failed"),
        rs.getBigDecimal("total_amount"),
        rs.getString("error"),
        instant(rs, "started_at"),
        instant(rs, "heartbeat_at"),
        instant(rs, "finished_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }
}
