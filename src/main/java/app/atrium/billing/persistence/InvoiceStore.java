package app.atrium.billing.persistence;

import app.atrium.billing.Invoice;
import app.atrium.billing.InvoiceKind;
import app.atrium.billing.InvoiceLine;
import app.atrium.billing.InvoiceQuery;
import app.atrium.billing.InvoiceStatus;
import app.atrium.billing.LineKind;
import app.atrium.billing.Payer;
import app.atrium.billing.TaxMode;
import app.atrium.billing.domain.InvoiceStatusRule;
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

/** SQL for {@code invoice} and {@code invoice_line}. */
@Repository
public class InvoiceStore {

  private static final String SELECT =
      """
      SELECT id, number, kind, status, member_id, company_id, bill_to_name, bill_to_details,
             bill_to_email, period, issue_date, due_date, currency, tax_mode, tax_rate, subtotal,
             tax_total, total, paid_amount, credited_amount, notes, created_at, issued_at
        FROM invoice
      """;

  private final JdbcClient db;

  InvoiceStore(JdbcClient db) {
    this.db = db;
  }

  /** The header of a draft as written. */
  public record Header(
      UUID id,
      InvoiceKind kind,
      Payer payer,
      YearMonth period,
      String currency,
      TaxMode taxMode,
      BigDecimal taxRate,
      BigDecimal subtotal,
      BigDecimal taxTotal,
      BigDecimal total,
      String billToName,
      String billToDetails,
      String billToEmail,
      String notes) {}

  /**
   * Inserts a draft; for a REGULAR one, nothing when the payer has one of the period already
   * (waiting for a concurrent insert to commit or roll back). Answers whether it was inserted.
   */
  public boolean insertDraft(Header h, Instant now) {
    String conflict =
        h.kind() == InvoiceKind.REGULAR
            ? " ON CONFLICT (tenant_id, (coalesce(member_id, company_id)), period)"
                + " WHERE kind = 'REGULAR' DO NOTHING"
            : "";
    return db.sql(
                """
                INSERT INTO invoice (tenant_id, id, kind, member_id, company_id, period, status,
                                     currency, tax_mode, tax_rate, subtotal, tax_total, total,
                                     bill_to_name, bill_to_details, bill_to_email, notes, created_at)
                VALUES (atrium_current_tenant(), ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
                    + conflict)
            .param(h.id())
            .param(h.kind().name())
            .param(h.payer().memberId())
            .param(h.payer().companyId())
            .param(h.period().atDay(1))
            .param(h.currency())
            .param(h.taxMode().name())
            .param(h.taxRate())
            .param(h.subtotal())
            .param(h.taxTotal())
            .param(h.total())
            .param(h.billToName())
            .param(h.billToDetails())
            .param(h.billToEmail())
            .param(h.notes())
            .param(Timestamp.from(now))
            .update()
        > 0;
  }

  /**
   * Inserts many REGULAR drafts in one statement, in the given order (payers by id, so that two
   * issuers of the same payers queue instead of deadlocking); a payer with an invoice of the period
   * already is left out (waiting for a concurrent insert to commit or roll back). Answers the ids
   * inserted.
   */
  public Set<UUID> insertRegularDrafts(List<Header> hs, Instant now) {
    if (hs.isEmpty()) return Set.of();
    return new HashSet<>(
        db.sql(
                """
                INSERT INTO invoice (tenant_id, id, kind, member_id, company_id, period, status,
                                     currency, tax_mode, tax_rate, subtotal, tax_total, total,
                                     bill_to_name, bill_to_details, bill_to_email, notes, created_at)
                SELECT atrium_current_tenant(), x.id, 'REGULAR', x.member_id, x.company_id, x.period,
                       'DRAFT', x.currency, x.tax_mode, x.tax_rate, x.subtotal, x.tax_total, x.total,
                       x.bill_to_name, x.bill_to_details, x.bill_to_email, x.notes, ?
                  FROM unnest(CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS uuid[]),
                              CAST(? AS date[]), CAST(? AS text[]), CAST(? AS text[]),
                              CAST(? AS numeric[]), CAST(? AS numeric[]), CAST(? AS numeric[]),
                              CAST(? AS numeric[]), CAST(? AS text[]), CAST(? AS text[]),
                              CAST(? AS text[]), CAST(? AS text[]))
                       WITH ORDINALITY AS x(id, member_id, company_id, period, currency, tax_mode,
                                            tax_rate, subtotal, tax_total, total, bill_to_name,
                                            bill_to_details, bill_to_email, notes, n)
                 ORDER BY x.n
                ON CONFLICT (tenant_id, (coalesce(member_id, company_id)), period)
                  WHERE kind = 'REGULAR' DO NOTHING
                RETURNING id
                """)
            .param(Timestamp.from(now))
            .param(hs.stream().map(Header::id).toArray(UUID[]::new))
            .param(hs.stream().map(h -> h.payer().memberId()).toArray(UUID[]::new))
            .param(hs.stream().map(h -> h.payer().companyId()).toArray(UUID[]::new))
            .param(hs.stream().map(h -> h.period().atDay(1).toString()).toArray(String[]::new))
            .param(hs.stream().map(Header::currency).toArray(String[]::new))
            .param(hs.stream().map(h -> h.taxMode().name()).toArray(String[]::new))
            .param(hs.stream().map(v -> plain(v.taxRate())).toArray(String[]::new))
            .param(hs.stream().map(v -> plain(v.subtotal())).toArray(String[]::new))
            .param(hs.stream().map(v -> plain(v.taxTotal())).toArray(String[]::new))
            .param(hs.stream().map(v -> plain(v.total())).toArray(String[]::new))
            .param(hs.stream().map(Header::billToName).toArray(String[]::new))
            .param(hs.stream().map(Header::billToDetails).toArray(String[]::new))
            .param(hs.stream().map(Header::billToEmail).toArray(String[]::new))
            .param(hs.stream().map(Header::notes).toArray(String[]::new))
            .query(UUID.class)
            .list());
  }

  /** Writes the lines of many new drafts in one statement ({@code invoiceIds} line by line). */
  public void insertLines(List<UUID> invoiceIds, List<LineRow> ls) {
    if (ls.isEmpty()) return;
    db.sql(
            """
            INSERT INTO invoice_line (tenant_id, invoice_id, line_no, kind, description, quantity,
                                      unit, unit_price, amount, usage_period, source_type, source_id)
            SELECT atrium_current_tenant(), x.i, x.n, x.k, x.d, x.q, x.u, x.p, x.a, x.up, x.st, x.si
              FROM unnest(CAST(? AS uuid[]), CAST(? AS int[]), CAST(? AS text[]), CAST(? AS text[]),
                          CAST(? AS numeric[]), CAST(? AS text[]), CAST(? AS numeric[]),
                          CAST(? AS numeric[]), CAST(? AS date[]), CAST(? AS text[]),
                          CAST(? AS uuid[]))
                   AS x(i, n, k, d, q, u, p, a, up, st, si)
            """)
        .param(invoiceIds.toArray(UUID[]::new))
        .param(ls.stream().map(LineRow::lineNo).toArray(Integer[]::new))
        .param(ls.stream().map(l -> l.kind().name()).toArray(String[]::new))
        .param(ls.stream().map(LineRow::description).toArray(String[]::new))
        .param(ls.stream().map(v -> plain(v.quantity())).toArray(String[]::new))
        .param(ls.stream().map(LineRow::unit).toArray(String[]::new))
        .param(ls.stream().map(v -> plain(v.unitPrice())).toArray(String[]::new))
        .param(ls.stream().map(v -> plain(v.amount())).toArray(String[]::new))
        .param(
            ls.stream()
                .map(l -> l.usagePeriod() == null ? null : l.usagePeriod().atDay(1).toString())
                .toArray(String[]::new))
        .param(ls.stream().map(LineRow::sourceType).toArray(String[]::new))
        .param(ls.stream().map(LineRow::sourceId).toArray(UUID[]::new))
        .update();
  }

  /** What {@link #issue} sets, for one draft of a batch. */
  public record Numbered(UUID id, String number, int sequence, LocalDate dueDate) {}

  /** Issues many drafts in one statement (see {@link #issue}). */
  public void issueAll(List<Numbered> ns, int year, LocalDate issueDate, Instant at) {
    if (ns.isEmpty()) return;
    int changed =
        db.sql(
                """
                UPDATE invoice i SET status = 'ISSUED', number = x.number, number_year = ?,
                       number_seq = x.seq, issue_date = ?, due_date = x.due, issued_at = ?
                  FROM unnest(CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS int[]),
                              CAST(? AS date[])) AS x(id, number, seq, due)
                 WHERE i.id = x.id AND i.status = 'DRAFT'
                """)
            .param(year)
            .param(issueDate)
            .param(Timestamp.from(at))
            .param(ns.stream().map(Numbered::id).toArray(UUID[]::new))
            .param(ns.stream().map(Numbered::number).toArray(String[]::new))
            .param(ns.stream().map(Numbered::sequence).toArray(Integer[]::new))
            .param(ns.stream().map(n -> n.dueDate().toString()).toArray(String[]::new))
            .update();
    if (changed != ns.size()) throw new IllegalStateException("Some invoices were not drafts");
  }

  private static String plain(BigDecimal v) {
    return v == null ? null : v.toPlainString();
  }

  /** The invoices with their lines, in no particular order. */
  public List<Invoice> findAll(Collection<UUID> ids, LocalDate today) {
    if (ids.isEmpty()) return List.of();
    return withLines(
        db.sql(SELECT + " WHERE id = ANY(?)")
            .param(ids.toArray(UUID[]::new))
            .query((rs, i) -> header(rs, today))
            .list());
  }

  /** Rewrites a draft's header (its lines are replaced separately). */
  public void updateDraft(Header h) {
    db.sql(
            """
            UPDATE invoice SET currency = ?, tax_mode = ?, tax_rate = ?, subtotal = ?, tax_total = ?,
                   total = ?, bill_to_name = ?, bill_to_details = ?, bill_to_email = ?, notes = ?
             WHERE id = ? AND status = 'DRAFT'
            """)
        .param(h.currency())
        .param(h.taxMode().name())
        .param(h.taxRate())
        .param(h.subtotal())
        .param(h.taxTotal())
        .param(h.total())
        .param(h.billToName())
        .param(h.billToDetails())
        .param(h.billToEmail())
        .param(h.notes())
        .param(h.id())
        .update();
  }

  /** A line as written. */
  public record LineRow(
      int lineNo,
      LineKind kind,
      String description,
      BigDecimal quantity,
      String unit,
      BigDecimal unitPrice,
      BigDecimal amount,
      YearMonth usagePeriod,
      String sourceType,
      UUID sourceId) {}

  public void replaceLines(UUID invoiceId, List<LineRow> lines) {
    db.sql("DELETE FROM invoice_line WHERE invoice_id = ?").param(invoiceId).update();
    for (LineRow l : lines) {
      db.sql(
              """
              INSERT INTO invoice_line (tenant_id, invoice_id, line_no, kind, description, quantity,
                                        unit, unit_price, amount, usage_period, source_type, source_id)
              VALUES (atrium_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
              """)
          .param(invoiceId)
          .param(l.lineNo())
          .param(l.kind().name())
          .param(l.description())
          .param(l.quantity())
          .param(l.unit())
          .param(l.unitPrice())
          .param(l.amount())
          .param(l.usagePeriod() == null ? null : l.usagePeriod().atDay(1))
          .param(l.sourceType())
          .param(l.sourceId())
          .update();
    }
  }

  /** Numbers and dates a draft: it is issued (the database sets the status from the amounts). */
  public void issue(
      UUID id,
      String number,
      int year,
      int sequence,
      LocalDate issueDate,
      LocalDate dueDate,
      Instant at) {
    int changed =
        db.sql(
                """
                UPDATE invoice SET status = 'ISSUED', number = ?, number_year = ?, number_seq = ?,
                       issue_date = ?, due_date = ?, issued_at = ?
                 WHERE id = ? AND status = 'DRAFT'
                """)
            .param(number)
            .param(year)
            .param(sequence)
            .param(issueDate)
            .param(dueDate)
            .param(Timestamp.from(at))
            .param(id)
            .update();
    if (changed != 1) throw new IllegalStateException("Invoice " + id + " is not a draft");
  }

  public boolean deleteDraft(UUID id) {
    return db.sql("DELETE FROM invoice WHERE id = ? AND status = 'DRAFT'").param(id).update() > 0;
  }

  /** The invoice's status, locking its row. */
  public Optional<InvoiceStatus> lockStatus(UUID id) {
    return db.sql("SELECT status FROM invoice WHERE id = ? FOR UPDATE")
        .param(id)
        .query((rs, i) -> InvoiceStatus.valueOf(rs.getString(1)))
        .optional();
  }

  /**
   * Matches an invoice's payer as the REGULAR key does ({@code coalesce(member_id, company_id)}),
   * but on the columns themselves, which are indexed and usable under row-level security (an
   * expression is not: the coalesce would scan every invoice). An invoice has exactly one of them.
   */
  public static final String PAYER_IS = "(member_id = :payer OR company_id = :payer)";

  /** The payer's REGULAR invoice id for the period, locking it. */
  public Optional<UUID> lockRegular(Payer payer, YearMonth period) {
    return db.sql(
            "SELECT id FROM invoice WHERE kind = 'REGULAR' AND "
                + PAYER_IS
                + " AND period = :period FOR UPDATE")
        .param("payer", payer.id())
        .param("period", period.atDay(1))
        .query(UUID.class)
        .optional();
  }

  public Optional<Invoice> find(UUID id, LocalDate today) {
    return db.sql(SELECT + " WHERE id = ?")
        .param(id)
        .query((rs, i) -> header(rs, today))
        .optional()
        .map(h -> withLines(List.of(h)).getFirst());
  }

  public Optional<Invoice> findRegular(Payer payer, YearMonth period, LocalDate today) {
    return db.sql(SELECT + " WHERE kind = 'REGULAR' AND " + PAYER_IS + " AND period = :period")
        .param("payer", payer.id())
        .param("period", period.atDay(1))
        .query((rs, i) -> header(rs, today))
        .optional()
        .map(h -> withLines(List.of(h)).getFirst());
  }

  /** A page of invoices; {@code onlyMember} limits to one member's issued invoices. */
  public record Page(List<Invoice> items, long total) {}

  public Page search(InvoiceQuery q, UUID onlyMember, LocalDate today) {
    var where = new StringBuilder(" WHERE true");
    Map<String, Object> params = new HashMap<>();
    if (onlyMember != null) {
      where.append(" AND member_id = :me AND status <> 'DRAFT'");
      params.put("me", onlyMember);
    }
    if (q.memberId() != null) {
      where.append(" AND member_id = :member");
      params.put("member", q.memberId());
    }
    if (q.companyId() != null) {
      where.append(" AND company_id = :company");
      params.put("company", q.companyId());
    }
    if (q.period() != null) {
      where.append(" AND period = :period");
      params.put("period", q.period().atDay(1));
    }
    if (q.status() != null) {
      where.append(" AND status = :status");
      params.put("status", q.status().name());
    }
    if (q.unpaid() || q.overdue()) where.append(" AND status IN ('ISSUED', 'PARTIALLY_PAID')");
    if (q.overdue()) {
      where.append(" AND due_date < :today");
      params.put("today", today);
    }
    long total =
        db.sql("SELECT count(*) FROM invoice" + where).params(params).query(Long.class).single();
    params.put("limit", q.limit());
    params.put("offset", q.offset());
    List<Invoice> headers =
        db.sql(
                SELECT
                    + where
                    + " ORDER BY issue_date DESC NULLS FIRST, number_seq DESC NULLS FIRST,"
                    + " created_at DESC, id LIMIT :limit OFFSET :offset")
            .params(params)
            .query((rs, i) -> header(rs, today))
            .list();
    return new Page(withLines(headers), total);
  }

  /** The payer's open invoices, oldest first, locked. */
  public List<UUID> lockOpen(Payer payer) {
    return db.sql(
            "SELECT id FROM invoice WHERE "
                + PaymentStore.column(payer)
                + " = ? AND status IN ('ISSUED', 'PARTIALLY_PAID')"
                + " ORDER BY issue_date, number_seq FOR UPDATE")
        .param(payer.id())
        .query(UUID.class)
        .list();
  }

  public Set<UUID> invoicedSources(String sourceType, Collection<UUID> ids) {
    if (ids.isEmpty()) return Set.of();
    return new HashSet<>(
        db.sql(
                "SELECT DISTINCT l.source_id FROM invoice_line l JOIN invoice i"
                    + " ON i.tenant_id = l.tenant_id AND i.id = l.invoice_id"
                    + " WHERE l.source_type = ? AND l.source_id = ANY(?) AND i.status <> 'DRAFT'"
                    // Lines that sum up many sources (the invoice run's) list them apart.
                    + " UNION SELECT s.source_id FROM invoice_line_source s"
                    + " WHERE s.source_type = ? AND s.source_id = ANY(?)")
            .param(sourceType)
            .param(ids.toArray(UUID[]::new))
            .param(sourceType)
            .param(ids.toArray(UUID[]::new))
            .query(UUID.class)
            .list());
  }

  private List<Invoice> withLines(List<Invoice> headers) {
    if (headers.isEmpty()) return headers;
    Map<UUID, List<InvoiceLine>> lines = new HashMap<>();
    db.sql(
            """
            SELECT invoice_id, line_no, kind, description, quantity, unit, unit_price, amount,
                   usage_period, source_type, source_id
              FROM invoice_line WHERE invoice_id = ANY(?) ORDER BY invoice_id, line_no
            """)
        .param(headers.stream().map(Invoice::id).toArray(UUID[]::new))
        .query(
            (ResultSet rs) -> {
              LocalDate usage = rs.getObject("usage_period", LocalDate.class);
              lines
                  .computeIfAbsent(rs.getObject("invoice_id", UUID.class), k -> new ArrayList<>())
                  .add(
                      new InvoiceLine(
                          rs.getInt("line_no"),
                          LineKind.valueOf(rs.getString("kind")),
                          rs.getString("description"),
                          rs.getBigDecimal("quantity"),
                          rs.getString("unit"),
                          rs.getBigDecimal("unit_price"),
                          rs.getBigDecimal("amount"),
                          usage == null ? null : YearMonth.from(usage),
                          rs.getString("source_type"),
                          rs.getObject("source_id", UUID.class)));
            });
    return headers.stream()
        .map(
            h ->
                new Invoice(
                    h.id(),
                    h.number(),
                    h.kind(),
                    h.status(),
                    h.payer(),
                    h.billToName(),
                    h.billToDetails(),
                    h.billToEmail(),
                    h.period(),
                    h.issueDate(),
                    h.dueDate(),
                    h.currency(),
                    h.taxMode(),
                    h.taxRate(),
                    h.subtotal(),
                    h.taxTotal(),
                    h.total(),
                    h.paidAmount(),
                    h.creditedAmount(),
                    h.amountDue(),
                    h.overdue(),
                    h.notes(),
                    h.createdAt(),
                    h.issuedAt(),
                    lines.getOrDefault(h.id(), List.of())))
        .toList();
  }

  private static Invoice header(ResultSet rs, LocalDate today) throws SQLException {
    InvoiceStatus status = InvoiceStatus.valueOf(rs.getString("status"));
    BigDecimal total = rs.getBigDecimal("total");
    BigDecimal paid = rs.getBigDecimal("paid_amount");
    BigDecimal credited = rs.getBigDecimal("credited_amount");
    LocalDate due = rs.getObject("due_date", LocalDate.class);
    OffsetDateTime issuedAt = rs.getObject("issued_at", OffsetDateTime.class);
    return new Invoice(
        rs.getObject("id", UUID.class),
        rs.getString("number"),
        InvoiceKind.valueOf(rs.getString("kind")),
        status,
        Payer.of(rs.getObject("member_id", UUID.class), rs.getObject("company_id", UUID.class)),
        rs.getString("bill_to_name"),
        rs.getString("bill_to_details"),
        rs.getString("bill_to_email"),
        YearMonth.from(rs.getObject("period", LocalDate.class)),
        rs.getObject("issue_date", LocalDate.class),
        due,
        rs.getString("currency").trim(),
        TaxMode.valueOf(rs.getString("tax_mode")),
        rs.getBigDecimal("tax_rate"),
        rs.getBigDecimal("subtotal"),
        rs.getBigDecimal("tax_total"),
        total,
        paid,
        credited,
        status == InvoiceStatus.DRAFT ? total : InvoiceStatusRule.due(total, paid, credited),
        status.open() && due != null && due.isBefore(today),
        rs.getString("notes"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        issuedAt == null ? null : issuedAt.toInstant(),
        List.of());
  }
}
