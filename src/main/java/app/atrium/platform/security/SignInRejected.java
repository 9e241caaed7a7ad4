package app.atrium.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.AuthenticationException;

/** Why a sign-in was refused; each case tells the person what to do next. */
public sealed class SignInRejected extends AuthenticationException {

  private SignInRejected(String message) {
    super(message);
  }

  /** Wrong email or password (never says which). */
  public static final class BadCredentials extends SignInRejected {
    public BadCredentials() {
      super("Wrong email or password.");
    }
  }

  /** Too many failures recently: try again after {@code retryAfter}. */
  public static final class Throttled extends SignInRejected {
    private final Duration retryAfter;

    public Throttled(Duration retryAfter) {
      super("Too many failed sign-ins. Try again in " + retryAfter.toSeconds() + " s.");
      this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
      return retryAfter;
    }
  }

  /** Locked after too many failures, until {@code until} or an owner's unlock. */
  public static final class Locked extends SignInRejected {
    private final Instant until;

    public Locked(Instant until) {
      super(
          "This sign-in is locked after too many failed attempts until "
              + until
              + ". Wait, or ask the coworking's owner to unlock it.");
      this.until = until;
    }

    public Instant until() {
      return until;
    }
  }

  /** The account belongs to several coworkings and none was named. */
  public static final class TenantRequired extends SignInRejected {
    private final List<String> tenants;

    public TenantRequired(List<String> tenants) {
      super(
          "This account belongs to several coworkings; name one of: " + String.join(", ", tenants));
      this.tenants = List.copyOf(tenants);
    }

    public List<String> tenants() {
      return tenants;
    }
  }

  /** The password was right but the account has no access to the named (or any) coworking. */
  public static final class NoAccess extends SignInRejected {
    public NoAccess() {
      super("This account has no access to that coworking.");
    }
  }
}
