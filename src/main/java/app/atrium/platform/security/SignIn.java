package app.atrium.platform.security;

import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Checks an email and password for every channel (web form, API token), throttled. */
@Service
public class SignIn {

  private final Accounts accounts;
  private final LoginThrottle throttle;
  private final PasswordEncoder passwords;
  private final String dummyHash;

  SignIn(Accounts accounts, LoginThrottle throttle, PasswordEncoder passwords) {
    this.accounts = accounts;
    this.throttle = throttle;
    this.passwords = passwords;
    // Unknown emails still cost one hash check, so timing does not tell which emails exist.
    this.dummyHash = passwords.encode("not-a-real-password");
  }

  /**
   * The user for these credentials in {@code tenantSlug} (may be blank when the account belongs to
   * one coworking only).
   *
   * @throws SignInRejected with what the person can do about it
   */
  public AtriumUser authenticate(String email, String password, String tenantSlug, String address) {
    String normalized = email == null ? "" : email.trim();
    throttle.checkAllowed(normalized, address);
    var credentials = normalized.isEmpty() ? null : accounts.credentials(normalized).orElse(null);
    String hash =
        credentials == null || credentials.passwordHash() == null
            ? dummyHash
            : credentials.passwordHash();
    boolean matches = password != null && passwords.matches(password, hash);
    if (credentials == null || credentials.passwordHash() == null || !matches) {
      throttle.recordFailure(normalized, address);
      throw new SignInRejected.BadCredentials();
    }
    throttle.recordSuccess(normalized);
    List<Accounts.Membership> tenants = accounts.tenantsOf(credentials.accountId());
    Accounts.Membership chosen = choose(tenants, tenantSlug);
    return new AtriumUser(
        credentials.accountId(),
        normalized.toLowerCase(java.util.Locale.ROOT),
        credentials.displayName(),
        chosen.tenantId(),
        chosen.slug(),
        chosen.name(),
        chosen.locale(),
        chosen.role());
  }

  private static Accounts.Membership choose(List<Accounts.Membership> tenants, String slug) {
    if (tenants.isEmpty()) throw new SignInRejected.NoAccess();
    if (slug == null || slug.isBlank()) {
      if (tenants.size() == 1) return tenants.getFirst();
      throw new SignInRejected.TenantRequired(
          tenants.stream().map(Accounts.Membership::slug).toList());
    }
    return tenants.stream()
        .filter(t -> t.slug().equalsIgnoreCase(slug.trim()))
        .findFirst()
        .orElseThrow(SignInRejected.NoAccess::new);
  }
}
