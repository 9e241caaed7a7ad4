package app.atrium.platform.db;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * HTTP sessions are not tenant data, so their transactions skip the tenant setup. Under the tenant
 * transaction manager, loading a session asked who is signed in, which loaded the session again:
 * every form sign-in recursed until the connection pool was empty.
 */
@Configuration(proxyBeanMethods = false)
class SessionTransactions {

  @Bean
  @SpringSessionTransactionManager
  PlatformTransactionManager sessionTransactionManager(DataSource dataSource) {
    return new JdbcTransactionManager(dataSource);
  }
}
