package app.atrium.support;

import app.atrium.platform.db.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;

/**
 * One embedded PostgreSQL per test JVM (fsync off: tests trade durability for speed), migrated
 * once; every Spring context gets a fresh database cloned from it with {@code CREATE DATABASE …
 * TEMPLATE}.
 */
public final class TestDatabase {

  public static final String OWNER = "atrium_owner";
  public static final String APP = "atrium_app";
  private static final AtomicInteger counter = new AtomicInteger();
  private static EmbeddedPostgresServer server;

  private TestDatabase() {}

  public static synchronized EmbeddedPostgresServer server() {
    if (server == null) {
      try {
        Path dir = Files.createTempDirectory("atrium-test-pg");
        server = EmbeddedPostgresServer.start(dir, false, OWNER, APP);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Flyway.configure()
          .dataSource(server.jdbcUrl(EmbeddedPostgresServer.DATABASE), OWNER, "")
          .locations("classpath:db/migration")
          .placeholders(java.util.Map.of("app_role", APP))
          .load()
          .migrate();
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }
    return server;
  }

  /** A new, migrated database; returns its JDBC URL. */
  public static synchronized String newDatabase() {
    var pg = server();
    String name = "atrium_t" + counter.incrementAndGet();
    pg.asSuperuser(
        "postgres",
        s -> {
          s.execute(
              "CREATE DATABASE "
                  + name
                  + " TEMPLATE "
                  + EmbeddedPostgresServer.DATABASE
                  + " OWNER "
                  + OWNER);
          s.execute("GRANT CONNECT ON DATABASE " + name + " TO " + APP);
        });
    return pg.jdbcUrl(name);
  }
}
