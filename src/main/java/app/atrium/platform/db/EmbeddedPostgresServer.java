package app.atrium.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server started from the binaries on Maven Central, with its data in a directory that
 * survives restarts. Creates the owner and runtime roles and the application database.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

  public static final String DATABASE = "atrium";
  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

  private final EmbeddedPostgres postgres;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /**
   * Starts the server in {@code dataDir}; {@code durable} turns fsync and synchronous_commit on.
   */
  public static EmbeddedPostgresServer start(
      Path dataDir, boolean durable, String ownerRole, String appRole) {
    try {
      Path dir = dataDir.toAbsolutePath().normalize();
      Files.createDirectories(dir);
      String onOff = durable ? "on" : "off";
      EmbeddedPostgres pg =
          EmbeddedPostgres.builder()
              .setDataDirectory(dir)
              .setCleanDataDirectory(false)
              .setServerConfig("fsync", onOff)
              .setServerConfig("synchronous_commit", onOff)
              .setServerConfig("full_page_writes", onOff)
              .setServerConfig("max_connections", "300")
              .setServerConfig("timezone", "UTC")
              .start();
      var server = new EmbeddedPostgresServer(pg);
      server.bootstrap(ownerRole, appRole);
      log.info("Embedded PostgreSQL on port {} with data in {}", pg.getPort(), dir);
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
    }
  }

  public int port() {
    return postgres.getPort();
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + port() + "/" + database;
  }

  /** Runs SQL as the superuser (bootstrap and tests only, never app traffic). */
  public void asSuperuser(String database, SqlWork work) {
    try (Connection c = postgres.getDatabase("postgres", database).getConnection();
        Statement s = c.createStatement()) {
      work.run(s);
    } catch (SQLException e) {
      throw new IllegalStateException("Embedded PostgreSQL bootstrap failed: " + e.getMessage(), e);
    }
  }

  private void bootstrap(String ownerRole, String appRole) {
    asSuperuser(
        "postgres",
        s -> {
          s.execute(
              "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN CREATE ROLE %1$s LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE; END IF; END $$"
                  .formatted(ownerRole));
          s.execute(
              "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN CREATE ROLE %1$s LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB; END IF; END $$"
                  .formatted(appRole));
          var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
          boolean exists = rs.next();
          rs.close();
          if (!exists) {
            s.execute("CREATE DATABASE " + DATABASE + " OWNER " + ownerRole);
          }
        });
    asSuperuser(
        DATABASE,
        s -> {
          // Extensions are created by the superuser so the owner role needs no extra rights.
          s.execute("CREATE EXTENSION IF NOT EXISTS btree_gist");
          s.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
          s.execute("CREATE EXTENSION IF NOT EXISTS pgcrypto");
          s.execute("REVOKE ALL ON DATABASE " + DATABASE + " FROM PUBLIC");
          s.execute("GRANT CONNECT ON DATABASE " + DATABASE + " TO " + appRole);
        });
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
    }
  }

  /** SQL to run on a statement. */
  @FunctionalInterface
  public interface SqlWork {
    void run(Statement statement) throws SQLException;
  }
}
