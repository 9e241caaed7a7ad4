package app.atrium.plans.application;

import app.atrium.plans.MembershipEvent;
import app.atrium.plans.MembershipEventKind;
import app.atrium.plans.persistence.HistoryStore;
import app.atrium.platform.security.AtriumUser;
import app.atrium.platform.tenant.TenantContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Writes a membership's history entries, naming the signed-in person (else the system). */
@Component
public class History {

  static final String SYSTEM = "Atrium";

  private final HistoryStore store;
  private final Clock clock;

  History(HistoryStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public void record(
      UUID membershipId,
      MembershipEventKind kind,
      LocalDate firstDay,
      LocalDate lastDay,
      String planName,
      BigDecimal amount,
      String note) {
    AtriumUser actor = TenantContext.currentUser().orElse(null);
    String name =
        actor == null || actor.displayName() == null || actor.displayName().isBlank()
            ? SYSTEM
            : actor.displayName().strip();
    store.insert(
        new MembershipEvent(
            UUID.randomUUID(),
            membershipId,
            clock.instant(),
            actor == null ? null : actor.accountId(),
            name.length() > 200 ? name.substring(0, 200) : name,
            kind,
            firstDay,
            lastDay,
            planName,
            amount,
            note == null ? "" : note.strip()));
  }
}
