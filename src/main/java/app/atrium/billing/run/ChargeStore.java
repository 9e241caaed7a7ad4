package app.atrium.billing.run;

import app.atrium.billing.run.PendingCharge.Kind;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code pending_charge}. */
@Repository
class ChargeStore {

  private static final String SELECT =
      "SELECT id, member_id, company_id, kind, description, amount, percent, bill_from,"
          + " created_at, created_by, invoice_id, cancelled_at, cancel_reason FROM pending_charge";

  private final JdbcClient db;

  ChargeStore(JdbcClient db) {
    this.db = db;
  }

  void insert(PendingCharge c) {
    db.sql(
            "INSERT INTO pending_charge (tenant_id, id, member_id, company_id, kind, description,"
                + " amount, percent, bill_from, created_at, created_by) VALUES"
                + " (atrium_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            c.id(),
            c.memberId(),
            c.companyId(),
            c.kind().name(),
            c.description(),
            c.amount(),
            c.percent(),
            c.billFrom().atDay(1),
            Timestamp.from(c.createdAt()),
            c.createdBy())
        .update();
  }

  Optional<PendingCharge> find(UUID id) {
    return db.sql(SELECT + " WHERE id = ?").param(id).query(ChargeStore::row).optional();
  }

  /** The charges of a payer (either id may be null: all), newest first. */
  List<PendingCharge> list(UUID memberId, UUID companyId, boolean pendingOnly, int limit) {
    return db.sql(
            SELECT
                + " WHERE (CAST(? AS uuid) IS NULL OR member_id = ?)"
                + " AND (CAST(? AS uuid) IS NULL OR company_id = ?)"
                + (pendingOnly ? " AND invoice_id IS NULL AND cancelled_at IS NULL" : "")
                + " ORDER BY created_at DESC, id LIMIT ?")
        .params(memberId, memberId, companyId, companyId, limit)
        .query(ChargeStore::row)
        .list();
  }

  /** Cancels a pending charge; false when it is billed or cancelled already. */
  boolean cancel(UUID id, String reason, Instant at) {
    return db.sql(
                "UPDATE pending_charge SET cancelled_at = ?, cancel_reason = ? WHERE id = ?"
                    + " AND invoice_id IS NULL AND cancelled_at IS NULL")
            .params(Timestamp.from(at), reason, id)
            .update()
        == 1;
  }

  /**
   * The pending charges of these members and companies billable in {@code period}, oldest first,
   * locked until the batch commits: a cancel waits for the invoice and then finds it billed.
   */
  List<PendingCharge> open(
      Collection<UUID> memberIds, Collection<UUID> companyIds, YearMonth period) {
    if (memberIds.isEmpty() && companyIds.isEmpty()) return List.of();
    return db.sql(
            SELECT
                + " WHERE invoice_id IS NULL AND cancelled_at IS NULL AND bill_from <= ?"
                + " AND (member_id = ANY(?) OR company_id = ANY(?))"
                + " ORDER BY created_at, id FOR UPDATE")
        .params(period.atDay(1), memberIds.toArray(UUID[]::new), companyIds.toArray(UUID[]::new))
        .query(ChargeStore::row)
        .list();
  }

  /** Marks charges billed by their invoices; answers how many were still pending. */
  int billed(Map<UUID, UUID> invoiceOfCharge) {
    if (invoiceOfCharge.isEmpty()) return 0;
    UUID[] charges = invoiceOfCharge.keySet().toArray(UUID[]::new);
    UUID[] invoices = new UUID[charges.length];
    for (int i = 0; i < charges.length; i++) invoices[i] = invoiceOfCharge.get(charges[i]);
    return db.sql(
            "UPDATE pending_charge c SET invoice_id = b.invoice_id"
                + " FROM unnest(CAST(? AS uuid[]), CAST(? AS uuid[])) AS b(id, invoice_id)"
                + " WHERE c.id = b.id AND c.invoice_id IS NULL AND c.cancelled_at IS NULL")
        .params(charges, invoices)
        .update();
  }

  private static PendingCharge row(ResultSet rs, int i) throws SQLException {
    LocalDate from = rs.getObject("bill_from", LocalDate.class);
    OffsetDateTime cancelled = rs.getObject("cancelled_at", OffsetDateTime.class);
    BigDecimal amount = rs.getBigDecimal("amount");
    BigDecimal percent = rs.getBigDecimal("percent");
    return new PendingCharge(
        rs.getObject("id", UUID.class),
        rs.getObject("member_id", UUID.class),
        rs.getObject("company_id", UUID.class),
        Kind.valueOf(rs.getString("kind")),
        rs.getString("description"),
        amount,
        percent,
        YearMonth.from(from),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getString("created_by"),
        rs.getObject("invoice_id", UUID.class),
        cancelled == null ? null : cancelled.toInstant(),
        rs.getString("cancel_reason"));
  }
}
