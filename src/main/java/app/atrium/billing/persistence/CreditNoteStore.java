package app.atrium.billing.persistence;

import app.atrium.billing.CreditNote;
import app.atrium.billing.LineKind;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code credit_note} and {@code credit_note_line}. */
@Repository
public class CreditNoteStore {

  private static final String SELECT =
      """
      SELECT c.id, c.number, c.invoice_id, i.number AS invoice_number, c.issue_date, c.currency,
             c.reason, c.subtotal, c.tax_total, c.total, c.created_at
        FROM credit_note c JOIN invoice i ON i.tenant_id = c.tenant_id AND i.id = c.invoice_id
      """;

  private final JdbcClient db;

  CreditNoteStore(JdbcClient db) {
    this.db = db;
  }

  /** What earlier credit notes took off each invoice line (by line number), and off the tax. */
  public record Credited(Map<Integer, BigDecimal> byLine, BigDecimal lines, BigDecimal tax) {}

  public Credited credited(UUID invoiceId) {
    Map<Integer, BigDecimal> byLine = new HashMap<>();
    BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO};
    db.sql(
            "SELECT invoice_line_no, sum(amount) FROM credit_note_line WHERE invoice_id = ?"
                + " GROUP BY invoice_line_no")
        .param(invoiceId)
        .query(
            (ResultSet rs) -> {
              int no = rs.getInt(1);
              boolean tax = rs.wasNull();
              BigDecimal amount = rs.getBigDecimal(2);
              if (tax) {
                sums[1] = sums[1].add(amount);
              } else {
                byLine.put(no, amount);
                sums[0] = sums[0].add(amount);
              }
            });
    // With tax-inclusive prices the tax is inside the lines: the credit notes' own tax totals say
    // it.
    BigDecimal taxInside =
        db.sql("SELECT coalesce(sum(tax_total), 0) FROM credit_note WHERE invoice_id = ?")
            .param(invoiceId)
            .query(BigDecimal.class)
            .single();
    return new Credited(byLine, sums[0], taxInside);
  }

  public void insert(
      UUID id,
      UUID invoiceId,
      String number,
      int year,
      int sequence,
      LocalDate issueDate,
      String currency,
      String reason,
      BigDecimal subtotal,
      BigDecimal taxTotal,
      BigDecimal total,
      Instant now,
      UUID by) {
    db.sql(
            """
            INSERT INTO credit_note (tenant_id, id, invoice_id, number, number_year, number_seq,
                                     issue_date, currency, reason, subtotal, tax_total, total,
                                     created_at, created_by)
            VALUES (atrium_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            invoiceId,
            number,
            year,
            sequence,
            issueDate,
            currency,
            reason,
            subtotal,
            taxTotal,
            total,
            Timestamp.from(now),
            by)
        .update();
  }

  public void insertLine(UUID creditNoteId, UUID invoiceId, CreditNote.Line l) {
    db.sql(
            """
            INSERT INTO credit_note_line (tenant_id, credit_note_id, line_no, invoice_id,
                                          invoice_line_no, kind, description, quantity, unit,
                                          unit_price, amount)
            VALUES (atrium_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            creditNoteId,
            l.lineNo(),
            invoiceId,
            l.invoiceLineNo(),
            l.kind().name(),
            l.description(),
            l.quantity(),
            l.unit(),
            l.unitPrice(),
            l.amount())
        .update();
  }

  public Optional<CreditNote> find(UUID id) {
    return db.sql(SELECT + " WHERE c.id = ?")
        .param(id)
        .query(CreditNoteStore::header)
        .optional()
        .map(c -> withLines(List.of(c)).getFirst());
  }

  public List<CreditNote> list(UUID invoiceId, UUID onlyMember) {
    return withLines(
        db.sql(
                SELECT
                    + " WHERE (CAST(? AS uuid) IS NULL OR c.invoice_id = ?)"
                    + " AND (CAST(? AS uuid) IS NULL OR i.member_id = ?)"
                    + " ORDER BY c.issue_date DESC, c.number_seq DESC LIMIT 500")
            .params(invoiceId, invoiceId, onlyMember, onlyMember)
            .query(CreditNoteStore::header)
            .list());
  }

  /** The member an invoice of a credit note is addressed to (null for a company). */
  public Optional<UUID> memberOf(UUID creditNoteId) {
    return db.sql(
            "SELECT i.member_id FROM credit_note c JOIN invoice i"
                + " ON i.tenant_id = c.tenant_id AND i.id = c.invoice_id WHERE c.id = ?")
        .param(creditNoteId)
        .query((rs, i) -> Optional.ofNullable(rs.getObject(1, UUID.class)))
        .optional()
        .flatMap(o -> o);
  }

  private List<CreditNote> withLines(List<CreditNote> notes) {
    if (notes.isEmpty()) return notes;
    Map<UUID, List<CreditNote.Line>> lines = new HashMap<>();
    db.sql(
            """
            SELECT credit_note_id, line_no, invoice_line_no, kind, description, quantity, unit,
                   unit_price, amount
              FROM credit_note_line WHERE credit_note_id = ANY(?) ORDER BY credit_note_id, line_no
            """)
        .param(notes.stream().map(CreditNote::id).toArray(UUID[]::new))
        .query(
            (ResultSet rs) -> {
              lines
                  .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                  .add(
                      new CreditNote.Line(
                          rs.getInt(2),
                          rs.getObject(3, Integer.class),
                          LineKind.valueOf(rs.getString(4)),
                          rs.getString(5),
                          rs.getBigDecimal(6),
                          rs.getString(7),
                          rs.getBigDecimal(8),
                          rs.getBigDecimal(9)));
            });
    return notes.stream()
        .map(
            c ->
                new CreditNote(
                    c.id(),
                    c.number(),
                    c.invoiceId(),
                    c.invoiceNumber(),
                    c.issueDate(),
                    c.currency(),
                    c.reason(),
                    c.subtotal(),
                    c.taxTotal(),
                    c.total(),
                    c.createdAt(),
                    lines.getOrDefault(c.id(), List.of())))
        .toList();
  }

  private static CreditNote header(ResultSet rs, int i) throws SQLException {
    return new CreditNote(
        rs.getObject("id", UUID.class),
        rs.getString("number"),
        rs.getObject("invoice_id", UUID.class),
        rs.getString("invoice_number"),
        rs.getObject("issue_date", LocalDate.class),
        rs.getString("currency").trim(),
        rs.getString("reason"),
        rs.getBigDecimal("subtotal"),
        rs.getBigDecimal("tax_total"),
        rs.getBigDecimal("total"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        List.of());
  }
}
