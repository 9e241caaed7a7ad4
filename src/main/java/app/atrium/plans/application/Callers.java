package app.atrium.plans.application;

import app.atrium.members.Member;
import app.atrium.members.Members;
import app.atrium.platform.security.AtriumUser;
import app.atrium.platform.security.Role;
import app.atrium.platform.tenant.TenantContext;
import app.atrium.platform.web.AtriumException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Who is asking: staff see every membership; a member her own only. */
@Component
public class Callers {

  private final Members members;

  Callers(Members members) {
    this.members = members;
  }

  /** The member card of a signed-in member; empty for staff and for the system. */
  public Optional<UUID> memberSelf() {
    AtriumUser user = TenantContext.currentUser().orElse(null);
    if (user == null || user.role() != Role.MEMBER) return Optional.empty();
    return Optional.of(
        members
            .findByAccount(user.accountId())
            .map(Member::id)
            .orElseThrow(
                () ->
                    new AtriumException(
                        HttpStatus.FORBIDDEN,
                        "no-member-card",
                        "This login has no member card; ask the front desk.")));
  }

  /** A member asking about someone else's membership finds nothing. */
  public void checkSees(UUID memberId, UUID membershipId) {
    memberSelf()
        .filter(own -> !own.equals(memberId))
        .ifPresent(
            own -> {
              throw Loader.notFound(membershipId);
            });
  }
}
