package app.atrium.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for the API: 256 random bits shown once, stored only as their SHA-256 (a fast hash
 * is right for high-entropy secrets), revocable.
 */
@Service
public class ApiTokens {

  private static final String PREFIX = "atr_";
  private final JdbcClient db;
  private final SecureRandom random = new SecureRandom();

  ApiTokens(JdbcClient db) {
    this.db = db;
  }

  /**
   * Issues a token for the user in the current tenant and returns it (the only time it is seen).
   */
  @Transactional
  public String issue(AtriumUser user) {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    db.sql(
            "INSERT INTO api_token (tenant_id, id, account_id, token_hash)"
                + " VALUES (atrium_current_tenant(), ?, ?, ?)")
        .param(UUID.randomUUID())
        .param(user.accountId())
        .param(sha256(token))
        .update();
    return token;
  }

  /** The user a live token stands for. */
  @Transactional(readOnly = true)
  public Optional<AtriumUser> resolve(String token) {
    if (token == null || !token.startsWith(PREFIX) || token.length() > 100) return Optional.empty();
    return db.sql(
            "SELECT tenant_id, slug, name, locale, account_id, email, display_name, role"
                + " FROM atrium_token_lookup(?)")
        .param(sha256(token))
        .query(
            (rs, i) ->
                new AtriumUser(
                    rs.getObject("account_id", UUID.class),
                    rs.getString("email"),
                    rs.getString("display_name"),
                    rs.getObject("tenant_id", UUID.class),
                    rs.getString("slug"),
                    rs.getString("name"),
                    rs.getString("locale"),
                    Role.valueOf(rs.getString("role"))))
        .optional();
  }

  /** Revokes a token of the current tenant; true if it was live. */
  @Transactional
  public boolean revoke(String token) {
    return db.sql(
                "UPDATE api_token SET revoked_at = now() WHERE token_hash = ? AND revoked_at IS NULL")
            .param(sha256(token))
            .update()
        == 1;
  }

  static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
