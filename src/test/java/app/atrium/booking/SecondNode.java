package app.atrium.booking;

import app.atrium.AtriumApplication;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A second app instance on the test's database: another node behind the same load balancer. */
final class SecondNode implements AutoCloseable {

  private final ConfigurableApplicationContext context;

  private SecondNode(ConfigurableApplicationContext context) {
    this.context = context;
  }

  /** Starts a node on the database that {@code dataSource} (the first node's pool) points at. */
  static SecondNode on(HikariDataSource dataSource) {
    return new SecondNode(
        new SpringApplicationBuilder(AtriumApplication.class)
            .run(
                "--server.port=0",
                "--atrium.db.url=" + dataSource.getJdbcUrl(),
                "--atrium.db.owner-user=atrium_owner",
                "--atrium.db.app-user=atrium_app",
                "--atrium.db.pool-size=12",
                "--atrium.demo=false",
                "--spring.main.banner-mode=off"));
  }

  String baseUrl() {
    return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  @Override
  public void close() {
    context.close();
  }
}
