package app.atrium.services.application;

import app.atrium.platform.security.AtriumUser;
import app.atrium.platform.security.Role;
import app.atrium.platform.tenant.TenantContext;
import app.atrium.platform.web.AtriumException;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/**
 * Who is calling: a signed-in person (staff or a member) or, with nobody signed in, the system
 * itself (the demo seeder, a job).
 */
record Actor(UUID accountId, String name, Role role) {

  static final String SYSTEM = "Atrium";

  static Actor current() {
    AtriumUser user = TenantContext.currentUser().orElse(null);
    if (user == null) return new Actor(null, SYSTEM, null);
    String name =
        user.displayName() == null || user.displayName().isBlank()
            ? user.email()
            : user.displayName();
    return new Actor(user.accountId(), name, user.role());
  }

  boolean member() {
    return role == Role.MEMBER;
  }

  /** Staff and the system pass; a member is refused. */
  Actor requireStaff() {
    if (member()) {
      throw new AtriumException(
          HttpStatus.FORBIDDEN, "forbidden", "Only staff may do this; ask the front desk.");
    }
    return this;
  }
}
