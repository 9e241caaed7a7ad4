package app.atrium.platform.tenant;

import app.atrium.platform.security.AtriumUser;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Which tenant the current work is for: a scope set by {@link TenantScopeFilter} for each request
 * of a signed-in user, or explicitly by jobs, onboarding and tests. Read at the start of each
 * transaction to set row-level security. It never looks into the security context itself: loading
 * that context from the JDBC session needs a transaction of its own.
 */
public final class TenantContext {

  private static final ThreadLocal<UUID> explicit = new ThreadLocal<>();

  private TenantContext() {}

  public static Optional<UUID> currentTenantId() {
    return Optional.ofNullable(explicit.get());
  }

  /** The tenant of the current work; fails loudly when there is none (a programming error). */
  public static UUID requireTenantId() {
    return currentTenantId()
        .orElseThrow(() -> new IllegalStateException("No tenant in the current context"));
  }

  public static Optional<AtriumUser> currentUser() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof AtriumUser user) return Optional.of(user);
    return Optional.empty();
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

  /** Work that may throw checked exceptions (a servlet filter chain). */
  @FunctionalInterface
  public interface ScopedWork<E extends Exception> {
    void run() throws E;
  }

  public static <E extends Exception> void runChecked(UUID tenantId, ScopedWork<E> work) throws E {
    UUID previous = explicit.get();
    explicit.set(tenantId);
    try {
      work.run();
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
