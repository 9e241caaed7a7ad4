package app.atrium.billing.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of the accounting exports, by document date. */
@Repository
class ExportStore {

  private final JdbcClient db;

  ExportStore(JdbcClient db) {
    this.db = db;
  }

  record InvoiceRow(
      String number,
      LocalDate issueDate,
      LocalDate dueDate,
      LocalDate period,
      String kind,
      String status,
      UUID memberId,
      UUID companyId,
      String name,
      String details,
      String email,
      String currency,
      BigDecimal subtotal,
      BigDecimal tax,
      BigDecimal total,
      BigDecimal paid,
      BigDecimal credited) {}

  List<InvoiceRow> invoices(LocalDate from, LocalDate to) {
    return db.sql(
            """
            SELECT number, issue_date, due_date, period, kind, status, member_id, company_id,
                   bill_to_name, bill_to_details, bill_to_email, currency, subtotal, tax_total,
                   total, paid_amount, credited_amount
              FROM invoice
             WHERE status <> 'DRAFT' AND issue_date BETWEEN ? AND ?
             ORDER BY number_year, number_seq
            """)
        .param(from)
        .param(to)
        .query(
            (rs, i) ->
                new InvoiceRow(
                    rs.getString(1),
                    rs.getObject(2, LocalDate.class),
                    rs.getObject(3, LocalDate.class),
                    rs.getObject(4, LocalDate.class),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getObject(7, UUID.class),
                    rs.getObject(8, UUID.class),
                    rs.getString(9),
                    rs.getString(10),
                    rs.getString(11),
                    rs.getString(12),
                    rs.getBigDecimal(13),
                    rs.getBigDecimal(14),
                    rs.getBigDecimal(15),
                    rs.getBigDecimal(16),
                    rs.getBigDecimal(17)))
        .list();
  }

  record PaymentRow(
      UUID id,
      LocalDate receivedOn,
      UUID memberId,
      UUID companyId,
      String provider,
      String method,
      BigDecimal amount,
      BigDecimal refunded,
      String currency,
      String invoices,
      String reference,
      String providerRef,
      String note) {}

  List<PaymentRow> payments(LocalDate from, LocalDate to) {
    return db.sql(
            """
            SELECT p.id, p.received_on, p.member_id, p.company_id, p.provider, p.method, p.amount,
                   coalesce((SELECT sum(r.amount) FROM refund r
                              WHERE r.tenant_id = p.tenant_id AND r.payment_id = p.id), 0),
                   p.currency,
                   coalesce((SELECT string_agg(DISTINCT i.number, ' ' ORDER BY i.number)
                               FROM payment_allocation a
                               JOIN invoice i ON i.tenant_id = a.tenant_id AND i.id = a.invoice_id
                              WHERE a.tenant_id = p.tenant_id AND a.payment_id = p.id
                                AND a.amount > 0), ''),
                   p.reference, p.provider_ref, p.note
              FROM payment p
             WHERE p.received_on BETWEEN ? AND ?
             ORDER BY p.received_on, p.received_at, p.id
            """)
        .param(from)
        .param(to)
        .query(
            (rs, i) ->
                new PaymentRow(
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, LocalDate.class),
                    rs.getObject(3, UUID.class),
                    rs.getObject(4, UUID.class),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getBigDecimal(7),
                    rs.getBigDecimal(8),
                    rs.getString(9),
                    rs.getString(10),
                    rs.getString(11),
                    rs.getString(12),
                    rs.getString(13)))
        .list();
  }

  record CreditNoteRow(
      String number,
      LocalDate issueDate,
      String invoiceNumber,
      UUID memberId,
      UUID companyId,
      String name,
      String reason,
      BigDecimal subtotal,
      BigDecimal tax,
      BigDecimal total,
      String currency) {}

  List<CreditNoteRow> creditNotes(LocalDate from, LocalDate to) {
    return db.sql(
            """
            SELECT c.number, c.issue_date, i.number, i.member_id, i.company_id, i.bill_to_name,
                   c.reason, c.subtotal, c.tax_total, c.total, c.currency
              FROM credit_note c
              JOIN invoice i ON i.tenant_id = c.tenant_id AND i.id = c.invoice_id
             WHERE c.issue_date BETWEEN ? AND ?
             ORDER BY c.number_year, c.number_seq
            """)
        .param(from)
        .param(to)
        .query(
            (rs, i) ->
                new CreditNoteRow(
                    rs.getString(1),
                    rs.getObject(2, LocalDate.class),
                    rs.getString(3),
                    rs.getObject(4, UUID.class),
                    rs.getObject(5, UUID.class),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getBigDecimal(8),
                    rs.getBigDecimal(9),
                    rs.getBigDecimal(10),
                    rs.getString(11)))
        .list();
  }
}
