package app.atrium.billing.persistence;

import app.atrium.billing.BillingProfile;
import app.atrium.billing.BillingProfile.OnlineProvider;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code billing_profile}. */
@Repository
public class ProfileStore {

  private final JdbcClient db;

  ProfileStore(JdbcClient db) {
    this.db = db;
  }

  public Optional<BillingProfile> find() {
    return db.sql(
            """
            SELECT address, email, phone, bank_details, time_zone, payment_terms_days,
                   invoice_prefix, credit_note_prefix, online_provider, logo IS NOT NULL
              FROM billing_profile
            """)
        .query(
            (rs, i) ->
                new BillingProfile(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getInt(6),
                    rs.getString(7),
                    rs.getString(8),
                    OnlineProvider.valueOf(rs.getString(9)),
                    rs.getBoolean(10)))
        .optional();
  }

  /** Creates the profile with defaults unless there is one. */
  public void ensure(String timeZone, Instant now) {
    db.sql(
            "INSERT INTO billing_profile (tenant_id, time_zone, updated_at)"
                + " VALUES (atrium_current_tenant(), ?, ?) ON CONFLICT (tenant_id) DO NOTHING")
        .param(timeZone)
        .param(Timestamp.from(now))
        .update();
  }

  public void update(BillingProfile p, Instant now) {
    db.sql(
            """
            UPDATE billing_profile SET address = ?, email = ?, phone = ?, bank_details = ?,
                   time_zone = ?, payment_terms_days = ?, invoice_prefix = ?,
                   credit_note_prefix = ?, online_provider = ?, updated_at = ?
            """)
        .param(p.address())
        .param(p.email())
        .param(p.phone())
        .param(p.bankDetails())
        .param(p.timeZone())
        .param(p.paymentTermsDays())
        .param(p.invoicePrefix())
        .param(p.creditNotePrefix())
        .param(p.onlineProvider().name())
        .param(Timestamp.from(now))
        .update();
  }

  public void setLogo(byte[] image, String contentType, Instant now) {
    db.sql("UPDATE billing_profile SET logo = ?, logo_content_type = ?, updated_at = ?")
        .param(image)
        .param(contentType)
        .param(Timestamp.from(now))
        .update();
  }

  /** The logo's bytes and content type. */
  public record Logo(byte[] bytes, String contentType) {}

  public Optional<Logo> logo() {
    return db.sql("SELECT logo, logo_content_type FROM billing_profile WHERE logo IS NOT NULL")
        .query((rs, i) -> new Logo(rs.getBytes(1), rs.getString(2)))
        .optional();
  }
}
