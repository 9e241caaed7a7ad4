package app.atrium.billing.persistence;

import app.atrium.billing.Payer;
import app.atrium.billing.Payment;
import app.atrium.billing.PaymentMethodKind;
import app.atrium.billing.PaymentProviderKind;
import app.atrium.billing.PaymentQuery;
import app.atrium.billing.domain.Portions.Portion;
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

/** SQL for {@code payment}, {@code payment_allocation} and {@code refund}. */
@Repository
public class PaymentStore {

  private static final String SELECT =
      """
      SELECT id, member_id, company_id, invoice_id, provider, method, amount, currency,
             received_on, received_at, reference, provider_ref, note
        FROM payment
      """;

  private final JdbcClient db;

  PaymentStore(JdbcClient db) {
    this.db = db;
  }

  /** A payment as written. */
  public record Row(
      UUID id,
      Payer payer,
      UUID invoiceId,
      PaymentProviderKind provider,
      PaymentMethodKind method,
      BigDecimal amount,
      String currency,
      LocalDate receivedOn,
      Instant receivedAt,
      String reference,
      String providerRef,
      String note,
      UUID recordedBy) {}

  /** Inserts a payment; false when one with the same provider id exists (a repeated event). */
  public boolean insert(Row r) {
    return db.sql(
                """
                INSERT INTO payment (tenant_id, id, member_id, company_id, invoice_id, provider,
                                     method, amount, currency, received_on, received_at,
                                     reference, provider_ref, note, recorded_by)
                VALUES (atrium_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (tenant_id, provider, provider_ref) DO NOTHING
                """)
            .params(
                r.id(),
                r.payer().memberId(),
                r.payer().companyId(),
                r.invoiceId(),
                r.provider().name(),
                r.method().name(),
                r.amount(),
                r.currency(),
                r.receivedOn(),
                Timestamp.from(r.receivedAt()),
                r.reference(),
                r.providerRef(),
                r.note(),
                r.recordedBy())
            .update()
        > 0;
  }

  public Optional<UUID> findByProviderRef(PaymentProviderKind provider, String ref) {
    return db.sql("SELECT id FROM payment WHERE provider = ? AND provider_ref = ?")
        .param(provider.name())
        .param(ref)
        .query(UUID.class)
        .optional();
  }

  /** Puts {@code amount} of a payment onto an invoice, or (null) into the payer's credit. */
  public void allocate(
      UUID paymentId, UUID invoiceId, BigDecimal amount, String reason, LocalDate on, Instant now) {
    db.sql(
            """
            INSERT INTO payment_allocation (tenant_id, id, payment_id, invoice_id, amount, reason,
                                            applied_on, created_at)
            VALUES (atrium_current_tenant(), ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(UUID.randomUUID(), paymentId, invoiceId, amount, reason, on, Timestamp.from(now))
        .update();
  }

  public void insertRefund(
      UUID id,
      UUID paymentId,
      BigDecimal amount,
      LocalDate on,
      String reason,
      String providerRef,
      Instant now,
      UUID by) {
    db.sql(
            """
            INSERT INTO refund (tenant_id, id, payment_id, amount, refunded_on, reason,
                                provider_ref, created_at, created_by)
            VALUES (atrium_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(id, paymentId, amount, on, reason, providerRef, Timestamp.from(now), by)
        .update();
  }

  /** The payment, locked against concurrent refunds and credit use. */
  public Optional<Row> lock(UUID id) {
    return db.sql(SELECT + " WHERE id = ? FOR UPDATE")
        .param(id)
        .query(PaymentStore::row)
        .optional();
  }

  /** The payer's credit per payment, oldest payment first, the payer's payments locked. */
  public List<Portion<UUID>> lockCredit(Payer payer) {
    db.sql("SELECT id FROM payment WHERE " + column(payer) + " = ? ORDER BY id FOR UPDATE")
        .param(payer.id())
        .query(UUID.class)
        .list();
    return db.sql(
            "SELECT p.id, sum(a.amount) FROM payment p"
                + " JOIN payment_allocation a ON a.tenant_id = p.tenant_id AND a.payment_id = p.id"
                + " WHERE p."
                + column(payer)
                + " = ? AND a.invoice_id IS NULL"
                + " GROUP BY p.id, p.received_at HAVING sum(a.amount) > 0"
                + " ORDER BY p.received_at, p.id")
        .param(payer.id())
        .query((rs, i) -> new Portion<>(rs.getObject(1, UUID.class), rs.getBigDecimal(2)))
        .list();
  }

  /** The column naming a payer of this type. */
  static String column(Payer payer) {
    return payer.type() == Payer.PayerType.MEMBER ? "member_id" : "company_id";
  }

  /** Which of these payers (members or companies) have credit to apply: one query for a batch. */
  public java.util.Set<UUID> withCredit(java.util.Collection<UUID> payerIds) {
    if (payerIds.isEmpty()) return java.util.Set.of();
    return new java.util.HashSet<>(
        db.sql(
                "SELECT coalesce(p.member_id, p.company_id) FROM payment p"
                    + " JOIN payment_allocation a ON a.tenant_id = p.tenant_id AND a.payment_id = p.id"
                    + " WHERE coalesce(p.member_id, p.company_id) = ANY(?) AND a.invoice_id IS NULL"
                    + " GROUP BY 1 HAVING sum(a.amount) > 0")
            .param(payerIds.toArray(UUID[]::new))
            .query(UUID.class)
            .list());
  }

  public BigDecimal creditBalance(Payer payer) {
    return db.sql(
            "SELECT coalesce(sum(a.amount), 0) FROM payment p"
                + " JOIN payment_allocation a ON a.tenant_id = p.tenant_id AND a.payment_id = p.id"
                + " WHERE p."
                + column(payer)
                + " = ? AND a.invoice_id IS NULL")
        .param(payer.id())
        .query(BigDecimal.class)
        .single();
  }

  /**
   * What each payment has on the invoice, latest payment first (what a credit note gives back
   * first).
   */
  public List<Portion<UUID>> onInvoice(UUID invoiceId) {
    return db.sql(
            """
            SELECT p.id, sum(a.amount) FROM payment_allocation a
              JOIN payment p ON p.tenant_id = a.tenant_id AND p.id = a.payment_id
             WHERE a.invoice_id = ? GROUP BY p.id, p.received_at HAVING sum(a.amount) > 0
             ORDER BY p.received_at DESC, p.id DESC
            """)
        .param(invoiceId)
        .query((rs, i) -> new Portion<>(rs.getObject(1, UUID.class), rs.getBigDecimal(2)))
        .list();
  }

  /** Where a payment's money is now: per invoice (null key: credit), credit first. */
  public List<Portion<UUID>> shares(UUID paymentId) {
    return db.sql(
            """
            SELECT invoice_id, sum(amount) FROM payment_allocation WHERE payment_id = ?
             GROUP BY invoice_id HAVING sum(amount) > 0
             ORDER BY invoice_id IS NOT NULL, max(created_at) DESC
            """)
        .param(paymentId)
        .query((rs, i) -> new Portion<>(rs.getObject(1, UUID.class), rs.getBigDecimal(2)))
        .list();
  }

  public Optional<Payment> find(UUID id) {
    return db.sql(SELECT + " WHERE id = ?")
        .param(id)
        .query(PaymentStore::row)
        .optional()
        .map(r -> complete(List.of(r)).getFirst());
  }

  public List<Payment> list(PaymentQuery q, UUID onlyMember) {
    var where = new StringBuilder(" WHERE true");
    Map<String, Object> params = new HashMap<>();
    if (onlyMember != null) {
      where.append(" AND member_id = :me");
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
    if (q.invoiceId() != null) {
      where.append(
          " AND (invoice_id = :invoice OR id IN (SELECT payment_id FROM payment_allocation"
              + " WHERE invoice_id = :invoice))");
      params.put("invoice", q.invoiceId());
    }
    if (q.from() != null) {
      where.append(" AND received_on >= :from");
      params.put("from", q.from());
    }
    if (q.to() != null) {
      where.append(" AND received_on <= :to");
      params.put("to", q.to());
    }
    params.put("limit", q.limit());
    return complete(
        db.sql(SELECT + where + " ORDER BY received_at DESC, id LIMIT :limit")
            .params(params)
            .query(PaymentStore::row)
            .list());
  }

  private List<Payment> complete(List<Row> rows) {
    if (rows.isEmpty()) return List.of();
    UUID[] ids = rows.stream().map(Row::id).toArray(UUID[]::new);
    Map<UUID, List<Payment.Allocation>> allocations = new HashMap<>();
    db.sql(
            """
            SELECT a.payment_id, a.invoice_id, i.number, a.amount, a.reason, a.applied_on
              FROM payment_allocation a
              LEFT JOIN invoice i ON i.tenant_id = a.tenant_id AND i.id = a.invoice_id
             WHERE a.payment_id = ANY(?) ORDER BY a.created_at, a.id
            """)
        .param(ids)
        .query(
            (ResultSet rs) -> {
              allocations
                  .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                  .add(
                      new Payment.Allocation(
                          rs.getObject(2, UUID.class),
                          rs.getString(3),
                          rs.getBigDecimal(4),
                          rs.getString(5),
                          rs.getObject(6, LocalDate.class)));
            });
    Map<UUID, List<Payment.Refund>> refunds = new HashMap<>();
    db.sql(
            "SELECT payment_id, id, amount, refunded_on, reason, provider_ref FROM refund"
                + " WHERE payment_id = ANY(?) ORDER BY created_at, id")
        .param(ids)
        .query(
            (ResultSet rs) -> {
              refunds
                  .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                  .add(
                      new Payment.Refund(
                          rs.getObject(2, UUID.class),
                          rs.getBigDecimal(3),
                          rs.getObject(4, LocalDate.class),
                          rs.getString(5),
                          rs.getString(6)));
            });
    return rows.stream()
        .map(
            r -> {
              var a = allocations.getOrDefault(r.id(), List.of());
              var f = refunds.getOrDefault(r.id(), List.of());
              BigDecimal credit =
                  a.stream()
                      .filter(x -> x.invoiceId() == null)
                      .map(Payment.Allocation::amount)
                      .reduce(BigDecimal.ZERO, BigDecimal::add);
              BigDecimal refunded =
                  f.stream().map(Payment.Refund::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
              return new Payment(
                  r.id(),
                  r.payer(),
                  r.invoiceId(),
                  r.provider(),
                  r.method(),
                  r.amount(),
                  r.currency(),
                  r.receivedOn(),
                  r.receivedAt(),
                  r.reference(),
                  r.providerRef(),
                  r.note(),
                  refunded,
                  credit,
                  a,
                  f);
            })
        .toList();
  }

  private static Row row(ResultSet rs, int i) throws SQLException {
    return new Row(
        rs.getObject("id", UUID.class),
        Payer.of(rs.getObject("member_id", UUID.class), rs.getObject("company_id", UUID.class)),
        rs.getObject("invoice_id", UUID.class),
        PaymentProviderKind.valueOf(rs.getString("provider")),
        PaymentMethodKind.valueOf(rs.getString("method")),
        rs.getBigDecimal("amount"),
        rs.getString("currency").trim(),
        rs.getObject("received_on", LocalDate.class),
        rs.getObject("received_at", OffsetDateTime.class).toInstant(),
        rs.getString("reference"),
        rs.getString("provider_ref"),
        rs.getString("note"),
        null);
  }
}
