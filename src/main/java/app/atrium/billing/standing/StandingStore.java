package app.atrium.billing.standing;

import app.atrium.billing.Payer;
import app.atrium.billing.persistence.InvoiceStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sums behind a payer's balance, and the invoice that suspends a member's access. */
@Repository
class StandingStore {

  private final JdbcClient db;

  StandingStore(JdbcClient db) {
    this.db = db;
  }

  record Invoiced(
      BigDecimal invoiced, BigDecimal due, BigDecimal overdue, int open, int overdueCount) {}

  Invoiced invoiced(Payer payer, LocalDate today) {
    return db.sql(
            """
            SELECT coalesce(sum(total - credited_amount), 0),
                   coalesce(sum(total - credited_amount - paid_amount)
                              FILTER (WHERE status IN ('ISSUED', 'PARTIALLY_PAID')), 0),
                   coalesce(sum(total - credited_amount - paid_amount)
                              FILTER (WHERE status IN ('ISSUED', 'PARTIALLY_PAID')
                                        AND due_date < :today), 0),
                   count(*) FILTER (WHERE status IN ('ISSUED', 'PARTIALLY_PAID')),
                   count(*) FILTER (WHERE status IN ('ISSUED', 'PARTIALLY_PAID') AND due_date < :today)
              FROM invoice
             WHERE status <> 'DRAFT' AND
            """
                + InvoiceStore.PAYER_IS)
        .param("today", today)
        .param("payer", payer.id())
        .query(
            (rs, i) ->
                new Invoiced(
                    rs.getBigDecimal(1),
                    rs.getBigDecimal(2),
                    rs.getBigDecimal(3),
                    rs.getInt(4),
                    rs.getInt(5)))
        .single();
  }

  /** Money received from the payer less what was refunded. */
  BigDecimal paid(Payer payer) {
    return db.sql(
            """
            SELECT coalesce(sum(p.amount), 0)
                   - coalesce((SELECT sum(r.amount) FROM refund r JOIN payment q
                                 ON q.tenant_id = r.tenant_id AND q.id = r.payment_id
                                WHERE coalesce(q.member_id, q.company_id) = :payer), 0)
              FROM payment p WHERE coalesce(p.member_id, p.company_id) = :payer
            """)
        .param("payer", payer.id())
        .query(BigDecimal.class)
        .single();
  }

  record Suspending(
      UUID invoiceId, String number, Payer payer, BigDecimal due, String currency, Instant since) {}

  /**
   * The oldest open invoice of the member, or of the company that pays for her, that had its last
   * reminder.
   */
  Optional<Suspending> suspending(UUID memberId, UUID companyId) {
    return db.sql(
            """
            SELECT i.id, i.number, i.member_id, i.company_id,
                   i.total - i.credited_amount - i.paid_amount, i.currency, r.created_at
              FROM dunning_reminder r
              JOIN invoice i ON i.tenant_id = r.tenant_id AND i.id = r.invoice_id
             WHERE r.final AND i.status IN ('ISSUED', 'PARTIALLY_PAID')
               AND (i.member_id = :member OR i.company_id = :company)
             ORDER BY r.created_at, i.id
             LIMIT 1
            """)
        .param("member", memberId)
        .param("company", companyId)
        .query(
            (rs, i) ->
                new Suspending(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    Payer.of(rs.getObject(3, UUID.class), rs.getObject(4, UUID.class)),
                    rs.getBigDecimal(5),
                    rs.getString(6),
                    rs.getObject(7, OffsetDateTime.class).toInstant()))
        .optional();
  }
}
