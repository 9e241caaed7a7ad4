package app.atrium.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two pools on one database: the owner's, used only by Flyway, and the runtime role's, used by all
 * application traffic under row-level security.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  @Bean(destroyMethod = "close")
  DatabaseServer databaseServer(DatabaseProperties props) {
    if (!props.embedded()) {
      return DatabaseServer.external(props.url());
    }
    return DatabaseServer.embedded(
        EmbeddedPostgresServer.start(
            props.dataDir(), props.durable(), props.ownerUser(), props.appUser()));
  }

  @Bean(destroyMethod = "close")
  @FlywayDataSource
  @Qualifier("ownerDataSource")
  HikariDataSource ownerDataSource(DatabaseServer server, DatabaseProperties props) {
    return pool("atrium-owner", server.url(), props.ownerUser(), props.ownerPassword(), 2);
  }

  @Bean(destroyMethod = "close")
  @Primary
  HikariDataSource dataSource(DatabaseServer server, DatabaseProperties props) {
    return pool("atrium-app", server.url(), props.appUser(), props.appPassword(), props.poolSize());
  }

  @Bean
  @Primary
  PlatformTransactionManager transactionManager(DataSource dataSource) {
    return new TenantTransactionManager(dataSource);
  }

  private static HikariDataSource pool(
      String name, String url, String user, String password, int size) {
    var cfg = new HikariConfig();
    cfg.setPoolName(name);
    cfg.setJdbcUrl(url);
    cfg.setUsername(user);
    cfg.setPassword(password);
    cfg.setMaximumPoolSize(size);
    cfg.setMinimumIdle(Math.min(2, size));
    cfg.addDataSourceProperty("reWriteBatchedInserts", "true");
    cfg.addDataSourceProperty("ApplicationName", name);
    return new HikariDataSource(cfg);
  }

  /** The server the pools connect to: embedded (and owned by us) or external. */
  record DatabaseServer(String url, EmbeddedPostgresServer embedded) implements AutoCloseable {
    static DatabaseServer external(String url) {
      return new DatabaseServer(url, null);
    }

    static DatabaseServer embedded(EmbeddedPostgresServer server) {
      return new DatabaseServer(server.jdbcUrl(EmbeddedPostgresServer.DATABASE), server);
    }

    @Override
    public void close() {
      if (embedded != null) embedded.close();
    }
  }
}
