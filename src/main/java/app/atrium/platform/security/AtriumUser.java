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

  /** The login (what sessions are indexed by; the record's text is too long for that). */
  @Override
  public String getName() {
    return email;
  }

  public List<GrantedAuthority> authorities() {
    return role.isStaff()
        ? List.of(new SimpleGrantedAuthority(role.authority()), new SimpleGrantedAuthority("ROLE_STAFF"))
        : List.of(new SimpleGrantedAuthority(role.authority()));
  }
}
