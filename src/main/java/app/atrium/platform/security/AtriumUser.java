package app.atrium.platform.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A signed-in person acting in one tenant, from a session or an API token. */
public record AtriumUser(
    UUID accountId,
    String email,
    String displayName,
    UUID tenantId,
    String tenantSlug,
    String tenantName,
    String tenantLocale,
    Role role)
    implements Serializable, AuthenticatedPrincipal {

  @Serial private static final long serialVersionUID = 1L;

  /**
   * The account id: what sessions are indexed by (Spring Session's principal_name holds at most 100
   * characters; the record's toString() overflowed it and every form sign-in failed).
   */
  @Override
  public String getName() {
    return accountId.toString();
  }

  public List<GrantedAuthority> authorities() {
    return role.isStaff()
        ? List.of(new SimpleGrantedAuthority(role.authority()), new SimpleGrantedAuthority("ROLE_STAFF"))
        : List.of(new SimpleGrantedAuthority(role.authority()));
  }
}
