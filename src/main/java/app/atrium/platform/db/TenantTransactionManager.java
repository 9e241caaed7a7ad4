package app.atrium.platform.db;

import app.atrium.platform.tenant.TenantContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Starts every transaction by telling PostgreSQL which tenant it serves ({@code app.tenant_id},
 * local to the transaction), so row-level security scopes every statement in it. No tenant means an
 * empty setting, under which tenant tables show nothing.
 */
public class TenantTransactionManager extends JdbcTransactionManager {

  public TenantTransactionManager(DataSource dataSource) {
    super(dataSource);
  }

  @Override
  protected void prepareTransactionalConnection(Connection con, TransactionDefinition definition)
      throws SQLException {
    super.prepareTransactionalConnection(con, definition);
    String tenant = TenantContext.currentTenantId().map(Object::toString).orElse("");
    try (PreparedStatement ps =
        con.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
      ps.setString(1, tenant);
      ps.execute();
    }
  }
}
