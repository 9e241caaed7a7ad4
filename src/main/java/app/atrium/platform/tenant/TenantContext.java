package app.atrium.platform.tenant;

import app.atrium.platform.security.AtriumUser;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Which tenant the current work is for: an explicit scope (jobs, onboarding, tests) or else the
 * signed-in user's tenant. Read at the start of each transaction to set row-level security.
 */
public final class TenantContext {

  private static final ThreadLocal<UUID> explicit = new ThreadLocal<>();
  private static final ThreadLocal<Boolean> resolving = new ThreadLocal<>();

  private TenantContext() {}

  public static Optional<UUID> currentTenantId() {
    UUID id = explicit.get();
    if (id != null) return Optional.of(id);
    return currentUser().map(AtriumUser::tenantId);
  }

  /** The tenant of the current work; fails loudly when there is none (a programming error). */
  public static UUID requireTenantId() {
    return currentTenantId()
        .orElseThrow(() -> new IllegalStateException("No tenant in the current context"));
  }

  public static Optional<AtriumUser> currentUser() {
    // The web's security context is loaded lazily from the JDBC session, in a transaction whose
    // start asks for the tenant again: answer that inner question with "none" (the session tables
    // are global) instead of recursing until the connection pool is exhausted.
    if (resolving.get() != null) return Optional.empty();
    resolving.set(Boolean.TRUE);
    try {
      Authentication auth = SecurityContextHolder.getContext().getAuthentication();
      if (auth != null && auth.getPrincipal() instanceof AtriumUser user) return Optional.of(user);
      return Optional.empty();
    } finally {
      resolving.remove();
    }
  }

  /** Runs {@code work} for {@code tenantId}, restoring the previous scope afterwards. */
  public static <T> T callAs(UUID tenantId, Supplier<T> work) {
    UUID previous = explicit.get();
    explicit.set(tenantId);
    try {
      return work.get();
    } finally {
      if (previous == null) explicit.remove();
      else explicit.set(previous);
    }
  }

  public static void runAs(UUID tenantId, Runnable work) {
    callAs(
        tenantId,
        () -> {
          work.run();
          return null;
        });
  }
}
