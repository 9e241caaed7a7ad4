package app.atrium.billing.notify;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code billing_notice}, billing's outbox of what to tell payers after a commit. */
@Repository
class NoticeStore {

  private static final String SELECT =
      "SELECT id, kind, invoice_id, payment_id, autopay, autopay_failure, attempts"
          + " FROM billing_notice";

  private final JdbcClient db;

  NoticeStore(JdbcClient db) {
    this.db = db;
  }

  /** A notice to work. {@code autopay} is null until the at-issue charge was tried. */
  record Notice(
      UUID id,
      Kind kind,
      UUID invoiceId,
      UUID paymentId,
      String autopay,
      String autopayFailure,
      int attempts) {}

  enum Kind {
    INVOICE_ISSUED,
    PAYMENT_RECEIVED
  }

  /** A notice about to be written: of an issued invoice or of a payment. */
  record New(Kind kind, UUID subjectId) {}

  /**
   * Writes notices (one statement however many), each due at {@code dueAt} for the relay; answers
   * the ids written (a notice of the same invoice or payment written before is left as it is).
   */
  List<UUID> insertAll(List<New> notices, Instant now, Instant dueAt) {
    if (notices.isEmpty()) return List.of();
    UUID[] ids = new UUID[notices.size()];
    String[] kinds = new String[notices.size()];
    UUID[] invoices = new UUID[notices.size()];
    UUID[] payments = new UUID[notices.size()];
    for (int i = 0; i < notices.size(); i++) {
      New n = notices.get(i);
      ids[i] = UUID.randomUUID();
      kinds[i] = n.kind().name();
      if (n.kind() == Kind.INVOICE_ISSUED) invoices[i] = n.subjectId();
      else payments[i] = n.subjectId();
    }
    return new ArrayList<>(
        db.sql(
                """
                INSERT INTO billing_notice (tenant_id, id, kind, invoice_id, payment_id, created_at,
                                            next_attempt_at)
                SELECT atrium_current_tenant(), n.id, n.kind, n.invoice_id, n.payment_id, ?, ?
                  FROM unnest(?::uuid[], ?::text[], ?::uuid[], ?::uuid[])
                       AS n(id, kind, invoice_id, payment_id)
                ON CONFLICT DO NOTHING
                RETURNING id
                """)
            .param(Timestamp.from(now))
            .param(Timestamp.from(dueAt))
            .param(ids)
            .param(kinds)
            .param(invoices)
            .param(payments)
            .query(UUID.class)
            .list());
  }

  /** The notice if it is still to be worked and no other worker holds it, locked. */
  Optional<Notice> lockOpen(UUID id) {
    return db.sql(SELECT + " WHERE id = ? AND done_at IS NULL FOR UPDATE SKIP LOCKED")
        .param(id)
        .query(
            (rs, i) ->
                new Notice(
                    rs.getObject("id", UUID.class),
                    Kind.valueOf(rs.getString("kind")),
                    rs.getObject("invoice_id", UUID.class),
                    rs.getObject("payment_id", UUID.class),
                    rs.getString("autopay"),
                    rs.getString("autopay_failure"),
                    rs.getInt("attempts")))
        .optional();
  }

  void autopay(UUID id, String outcome, String failure) {
    db.sql("UPDATE billing_notice SET autopay = ?, autopay_failure = left(?, 500) WHERE id = ?")
        .params(outcome, failure, id)
        .update();
  }

  void done(UUID id, String outcome, int recipients, Instant at) {
    db.sql(
            "UPDATE billing_notice SET outcome = ?, recipients = ?, done_at = ?,"
                + " next_attempt_at = NULL WHERE id = ?")
        .params(outcome, recipients, Timestamp.from(at), id)
        .update();
  }

  /** Records a failed try: due again at {@code retryAt}, or given up when that is null. */
  void failed(UUID id, String error, Instant retryAt, Instant now) {
    if (retryAt != null) {
      db.sql(
              "UPDATE billing_notice SET attempts = attempts + 1, last_error = left(?, 1000),"
                  + " next_attempt_at = ? WHERE id = ? AND done_at IS NULL")
          .params(error, Timestamp.from(retryAt), id)
          .update();
    } else {
      db.sql(
              "UPDATE billing_notice SET attempts = attempts + 1, last_error = left(?, 1000),"
                  + " next_attempt_at = NULL, done_at = ?, outcome = 'GAVE_UP'"
                  + " WHERE id = ? AND done_at IS NULL")
          .params(error, Timestamp.from(now), id)
          .update();
    }
  }

  /** How many tries the notice had. */
  int attempts(UUID id) {
    return db.sql("SELECT attempts FROM billing_notice WHERE id = ?")
        .param(id)
        .query(Integer.class)
        .optional()
        .orElse(0);
  }

  /** Notices of any tenant due for the relay (through the one narrow cross-tenant lookup). */
  List<UUID[]> due(Instant now, int limit) {
    return db.sql("SELECT tenant_id, notice_id FROM billing_notices_due(?, ?)")
        .param(Timestamp.from(now))
        .param(limit)
        .query((rs, i) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
        .list();
  }
}
