package app.atrium.billing.persistence;

import app.atrium.billing.Payer;
import app.atrium.billing.PaymentProviderKind;
import app.atrium.billing.SavedMethod;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code payment_method} and {@code payment_customer}. */
@Repository
public class MethodStore {

  private static final String SELECT =
      """
      SELECT id, member_id, company_id, provider, customer_ref, method_ref, brand, last4,
             exp_month, exp_year, autopay, created_at
        FROM payment_method
      """;

  private final JdbcClient db;

  MethodStore(JdbcClient db) {
    this.db = db;
  }

  /** A saved method with the provider's ids of it and of its customer. */
  public record Stored(SavedMethod method, String customerRef, String methodRef) {}

  public Optional<String> customerRef(Payer payer, PaymentProviderKind provider) {
    return db.sql("SELECT customer_ref FROM payment_customer WHERE payer_id = ? AND provider = ?")
        .param(payer.id())
        .param(provider.name())
        .query(String.class)
        .optional();
  }

  public void saveCustomer(Payer payer, PaymentProviderKind provider, String ref, Instant now) {
    db.sql(
            "INSERT INTO payment_customer (tenant_id, payer_id, provider, customer_ref, created_at)"
                + " VALUES (atrium_current_tenant(), ?, ?, ?, ?) ON CONFLICT DO NOTHING")
        .params(payer.id(), provider.name(), ref, Timestamp.from(now))
        .update();
  }

  /** Saves a method (once per provider id); answers its id. */
  public UUID save(
      Payer payer,
      PaymentProviderKind provider,
      String customerRef,
      String methodRef,
      String brand,
      String last4,
      Integer expMonth,
      Integer expYear,
      Instant now) {
    db.sql(
            """
            INSERT INTO payment_method (tenant_id, id, member_id, company_id, provider, customer_ref,
                                        method_ref, brand, last4, exp_month, exp_year, created_at)
            VALUES (atrium_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (tenant_id, provider, method_ref) DO NOTHING
            """)
        .params(
            UUID.randomUUID(),
            payer.memberId(),
            payer.companyId(),
            provider.name(),
            customerRef,
            methodRef,
            brand == null ? "" : brand,
            last4 == null ? "" : last4,
            expMonth,
            expYear,
            Timestamp.from(now))
        .update();
    return db.sql("SELECT id FROM payment_method WHERE provider = ? AND method_ref = ?")
        .param(provider.name())
        .param(methodRef)
        .query(UUID.class)
        .single();
  }

  public List<SavedMethod> list(Payer payer) {
    return db
        .sql(
            SELECT
                + " WHERE coalesce(member_id, company_id) = ? AND removed_at IS NULL"
                + " ORDER BY created_at")
        .param(payer.id())
        .query(MethodStore::row)
        .list()
        .stream()
        .map(Stored::method)
        .toList();
  }

  public Optional<Stored> find(UUID id) {
    return db.sql(SELECT + " WHERE id = ? AND removed_at IS NULL")
        .param(id)
        .query(MethodStore::row)
        .optional();
  }

  public Optional<Stored> autopayOf(Payer payer) {
    return db.sql(SELECT + " WHERE coalesce(member_id, company_id) = ? AND autopay")
        .param(payer.id())
        .query(MethodStore::row)
        .optional();
  }

  /** Makes {@code id} the payer's one autopay method, or turns autopay off. */
  public void setAutopay(Payer payer, UUID id, boolean on) {
    db.sql("UPDATE payment_method SET autopay = false WHERE coalesce(member_id, company_id) = ?")
        .param(payer.id())
        .update();
    if (on) db.sql("UPDATE payment_method SET autopay = true WHERE id = ?").param(id).update();
  }

  /** Marks a method removed: no longer listed, never charged again. */
  public void remove(UUID id, Instant now) {
    db.sql(
            "UPDATE payment_method SET autopay = false, removed_at = ?"
                + " WHERE id = ? AND removed_at IS NULL")
        .param(Timestamp.from(now))
        .param(id)
        .update();
  }

  private static Stored row(ResultSet rs, int i) throws SQLException {
    return new Stored(
        new SavedMethod(
            rs.getObject("id", UUID.class),
            Payer.of(rs.getObject("member_id", UUID.class), rs.getObject("company_id", UUID.class)),
            PaymentProviderKind.valueOf(rs.getString("provider")),
            rs.getString("brand"),
            rs.getString("last4"),
            rs.getObject("exp_month", Integer.class),
            rs.getObject("exp_year", Integer.class),
            rs.getBoolean("autopay"),
            rs.getObject("created_at", OffsetDateTime.class).toInstant()),
        rs.getString("customer_ref"),
        rs.getString("method_ref"));
  }
}
