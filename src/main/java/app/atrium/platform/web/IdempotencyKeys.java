package app.atrium.platform.web;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The stored first answers to requests sent with an Idempotency-Key (tenant and caller scoped). */
@Component
class IdempotencyKeys {

  private final JdbcClient db;

  IdempotencyKeys(JdbcClient db) {
    this.db = db;
  }

  /** A key's state: in flight (status null) or answered. */
  record Entry(byte[] requestHash, Integer status, String contentType, byte[] body) {}

  /** Claims the key for this request; empty when it was new, else what is stored under it. */
  @Transactional
  public Optional<Entry> claim(UUID account, String key, byte[] requestHash) {
    db.sql(
            "DELETE FROM idempotency_key WHERE account_id = ? AND created_at < now() - interval '24 hours'")
        .param(account)
        .update();
    int inserted =
        db.sql(
                """
                INSERT INTO idempotency_key (tenant_id, account_id, key, request_hash)
                VALUES (atrium_current_tenant(), ?, ?, ?) ON CONFLICT DO NOTHING
                """)
            .params(account, key, requestHash)
            .update();
    if (inserted == 1) return Optional.empty();
    return db.sql(
            "SELECT request_hash, status, content_type, body FROM idempotency_key"
                + " WHERE account_id = ? AND key = ?")
        .params(account, key)
        .query(
            (rs, i) ->
                new Entry(
                    rs.getBytes(1), (Integer) rs.getObject(2), rs.getString(3), rs.getBytes(4)))
        .optional();
  }

  @Transactional
  public void complete(UUID account, String key, int status, String contentType, byte[] body) {
    db.sql(
            "UPDATE idempotency_key SET status = ?, content_type = ?, body = ?"
                + " WHERE account_id = ? AND key = ?")
        .params(status, contentType, body, account, key)
        .update();
  }

  /** Forgets a key whose request failed on our side, so that a retry runs again. */
  @Transactional
  public void forget(UUID account, String key) {
    db.sql("DELETE FROM idempotency_key WHERE account_id = ? AND key = ?")
        .params(account, key)
        .update();
  }
}
