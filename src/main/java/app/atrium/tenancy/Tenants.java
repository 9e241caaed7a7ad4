package app.atrium.tenancy;

import app.atrium.platform.web.AtriumException;
import java.math.BigDecimal;
import java.util.Currency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's settings. */
@Service
public class Tenants {

  private final JdbcClient db;

  Tenants(JdbcClient db) {
    this.db = db;
  }

  @Transactional(readOnly = true)
  public TenantSettings current() {
    return db.sql(
            "SELECT name, legal_name, tax_id, currency, tax_mode, tax_rate, locale FROM tenant"
                + " WHERE id = atrium_current_tenant()")
        .query(
            (rs, i) ->
                new TenantSettings(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getBigDecimal(6),
                    rs.getString(7)))
        .single();
  }

  @Transactional
  public TenantSettings update(TenantSettings s) {
    validate(s);
    db.sql(
            "UPDATE tenant SET name = ?, legal_name = ?, tax_id = ?, currency = ?, tax_mode = ?,"
                + " tax_rate = ?, locale = ? WHERE id = atrium_current_tenant()")
        .param(s.name().trim())
        .param(s.legalName() == null ? "" : s.legalName().trim())
        .param(s.taxId() == null ? "" : s.taxId().trim())
        .param(s.currency())
        .param(s.taxMode())
        .param(s.taxRate())
        .param(s.locale())
        .update();
    return current();
  }

  static void validate(TenantSettings s) {
    try {
      Currency.getInstance(s.currency());
    } catch (IllegalArgumentException e) {
      throw AtriumException.invalid("currency", "is not an ISO 4217 currency code");
    }
    boolean none = "NONE".equals(s.taxMode());
    if (none != (s.taxRate().compareTo(BigDecimal.ZERO) == 0)) {
      throw AtriumException.invalid(
          "taxRate", "must be 0 when taxMode is NONE and above 0 otherwise");
    }
  }
}
