package app.atrium.platform.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. With no {@code url} the app starts an embedded, durable PostgreSQL in
 * {@code dataDir}; with a {@code url} it uses that server with an owner role for migrations and a
 * runtime role for all traffic.
 *
 * @param url JDBC URL of an external PostgreSQL (ATRIUM_DB_URL); empty for embedded
 * @param ownerUser role that owns the schema and runs migrations (ATRIUM_DB_OWNER_USER)
 * @param ownerPassword its password (ATRIUM_DB_OWNER_PASSWORD)
 * @param appUser runtime role: no superuser, no BYPASSRLS, owns nothing (ATRIUM_DB_APP_USER)
 * @param appPassword its password (ATRIUM_DB_APP_PASSWORD)
 * @param dataDir embedded server's data directory (ATRIUM_DATA_DIR, default ./data)
 * @param poolSize connections of the runtime pool (ATRIUM_DB_POOL_SIZE)
 * @param durable fsync and synchronous_commit for the embedded server; only tests turn it off
 */
@ConfigurationProperties("atrium.db")
public record DatabaseProperties(
    String url,
    String ownerUser,
    String ownerPassword,
    String appUser,
    String appPassword,
    Path dataDir,
    int poolSize,
    boolean durable) {

  public DatabaseProperties {
    if (ownerUser == null || ownerUser.isBlank()) ownerUser = "atrium_owner";
    if (appUser == null || appUser.isBlank()) appUser = "atrium_app";
    if (ownerPassword == null) ownerPassword = "";
    if (appPassword == null) appPassword = "";
    if (dataDir == null) dataDir = Path.of("data");
    if (poolSize <= 0) poolSize = 10;
  }

  public boolean embedded() {
    return url == null || url.isBlank();
  }
}
