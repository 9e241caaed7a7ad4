package app.atrium.billing.persistence;

import app.atrium.billing.PaymentProviderKind;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code payment_attempt}, and the webhook's one cross-tenant lookup. */
@Repository
public class AttemptStore {

  private static final String SELECT =
      """
      SELECT id, invoice_id, provider, kind, amount, currency, status, provider_ref,
             provider_payment_ref, redirect_url, save_method, payment_method_id, payment_id,
             failure, created_by
        FROM payment_attempt
      """;

  private final JdbcClient db;

  AttemptStore(JdbcClient db) {
    this.db = db;
  }

  /** An attempt as stored. */
  public record Attempt(
      UUID id,
      UUID invoiceId,
      PaymentProviderKind provider,
      String kind,
      BigDecimal amount,
      String currency,
      String status,
      String providerRef,
      String providerPaymentRef,
      String redirectUrl,
      boolean saveMethod,
      UUID paymentMethodId,
      UUID paymentId,
      String failure,
      UUID createdBy) {

    public boolean open() {
      return "OPEN".equals(status);
    }
  }

  public void insert(Attempt a, Instant now) {
    db.sql(
            """
            INSERT INTO payment_attempt (tenant_id, id, invoice_id, provider, kind, amount, currency,
                                         status, provider_ref, provider_payment_ref, redirect_url,
                                         save_method, payment_method_id, created_at, created_by)
            VALUES (atrium_current_tenant(), ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            a.id(),
            a.invoiceId(),
            a.provider().name(),
            a.kind(),
            a.amount(),
            a.currency(),
            a.providerRef(),
            a.providerPaymentRef(),
            a.redirectUrl(),
            a.saveMethod(),
            a.paymentMethodId(),
            Timestamp.from(now),
            a.createdBy())
        .update();
  }

  /** How many autopay charges of the invoice were recorded (whatever their outcome). */
  public int countCharges(UUID invoiceId) {
    return db.sql("SELECT count(*) FROM payment_attempt WHERE invoice_id = ? AND kind = 'CHARGE'")
        .param(invoiceId)
        .query(Integer.class)
        .single();
  }

  public Optional<Attempt> find(UUID id) {
    return db.sql(SELECT + " WHERE id = ?").param(id).query(AttemptStore::row).optional();
  }

  /** The attempt by the provider's id of it or of its payment, locked. */
  public Optional<Attempt> lockByRef(PaymentProviderKind provider, String ref) {
    return db.sql(
            SELECT
                + " WHERE provider = ? AND (provider_ref = ? OR provider_payment_ref = ?) FOR UPDATE")
        .param(provider.name())
        .param(ref)
        .param(ref)
        .query(AttemptStore::row)
        .optional();
  }

  public Optional<Attempt> lock(UUID id) {
    return db.sql(SELECT + " WHERE id = ? FOR UPDATE")
        .param(id)
        .query(AttemptStore::row)
        .optional();
  }

  public void succeeded(UUID id, UUID paymentId, String paymentRef, Instant at) {
    db.sql(
            "UPDATE payment_attempt SET status = 'SUCCEEDED', payment_id = ?,"
                + " provider_payment_ref = coalesce(provider_payment_ref, ?), completed_at = ?"
                + " WHERE id = ?")
        .params(paymentId, paymentRef, Timestamp.from(at), id)
        .update();
  }

  public void finished(UUID id, String status, String failure, Instant at) {
    db.sql(
            "UPDATE payment_attempt SET status = ?, failure = left(?, 500), completed_at = ?"
                + " WHERE id = ?")
        .params(status, failure, Timestamp.from(at), id)
        .update();
  }

  /** The tenant of an attempt by the provider's id, across tenants (SECURITY DEFINER). */
  public Optional<UUID> tenantOf(PaymentProviderKind provider, String ref) {
    return db.sql("SELECT billing_attempt_tenant(?, ?)")
        .param(provider.name())
        .param(ref)
        .query((rs, i) -> Optional.ofNullable(rs.getObject(1, UUID.class)))
        .single();
  }

  /** Records a webhook event; false when it was recorded before (a replay). */
  public boolean recordEvent(
      PaymentProviderKind provider, String eventId, String type, Instant at) {
    return db.sql(
                "INSERT INTO payment_webhook_event (tenant_id, provider, event_id, type, received_at)"
                    + " VALUES (atrium_current_tenant(), ?, ?, ?, ?) ON CONFLICT DO NOTHING")
            .params(provider.name(), eventId, type, Timestamp.from(at))
            .update()
        > 0;
  }

  private static Attempt row(ResultSet rs, int i) throws SQLException {
    return new Attempt(
        rs.getObject("id", UUID.class),
        rs.getObject("invoice_id", UUID.class),
        PaymentProviderKind.valueOf(rs.getString("provider")),
        rs.getString("kind"),
        rs.getBigDecimal("amount"),
        rs.getString("currency").trim(),
        rs.getString("status"),
        rs.getString("provider_ref"),
        rs.getString("provider_payment_ref"),
        rs.getString("redirect_url"),
        rs.getBoolean("save_method"),
        rs.getObject("payment_method_id", UUID.class),
        rs.getObject("payment_id", UUID.class),
        rs.getString("failure"),
        rs.getObject("created_by", UUID.class));
  }
}
