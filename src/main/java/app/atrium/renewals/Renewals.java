package app.atrium.renewals;

import app.atrium.plans.Membership;
import app.atrium.plans.Memberships;
import app.atrium.platform.web.AtriumException;
import app.atrium.renewals.application.RenewalSteps;
import app.atrium.renewals.persistence.RenewalStore;
import app.atrium.tenancy.Locations;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The renewal check of the current coworking: what the daily job, staff and tests run. For each
 * active fixed term ending from today to {@code remindDaysBefore} days ahead: a reminder to the
 * member, then the renewal if autopay is on, else a "call about renewal" task for the staff. Each
 * of these happens once per membership and end date, however often and wherever the check runs.
 */
@Service
public class Renewals {

  private static final Logger log = LoggerFactory.getLogger(Renewals.class);

  private final Memberships memberships;
  private final RenewalSteps steps;
  private final RenewalStore store;
  private final Locations locations;
  private final TransactionTemplate tx;
  private final Clock clock;

  Renewals(
      Memberships memberships,
      RenewalSteps steps,
      RenewalStore store,
      Locations locations,
      TransactionTemplate tx,
      Clock clock) {
    this.memberships = memberships;
    this.steps = steps;
    this.store = store;
    this.locations = locations;
    this.tx = tx;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public RenewalSettings settings() {
    return store.settings();
  }

  @Transactional
  public RenewalSettings updateSettings(RenewalSettings s) {
    if (s.remindDaysBefore() < 1 || s.remindDaysBefore() > 60) {
      throw AtriumException.invalid("remindDaysBefore", "must be between 1 and 60 days");
    }
    if (s.assigneeRole() != null && !s.assigneeRole().isStaff()) {
      throw AtriumException.invalid("assigneeRole", "must be OWNER, ADMIN or ACCOUNTANT");
    }
    store.saveSettings(s);
    return store.settings();
  }

  /** The check as of today at the coworking. */
  public RenewalRun runToday() {
    return run(today());
  }

  /** The check as of {@code today} (the coworking's local date). */
  public RenewalRun run(LocalDate today) {
    RenewalSettings settings = tx.execute(s -> store.settings());
    List<Membership> ending =
        tx.execute(
            s -> memberships.endingBetween(today, today.plusDays(settings.remindDaysBefore())));
    RenewalSteps.Context context = steps.context(settings);
    int reminders = 0;
    int renewed = 0;
    int created = 0;
    List<String> problems = new ArrayList<>();
    for (Membership m : ending) {
      try {
        if (steps.remind(m, context)) reminders++;
      } catch (RuntimeException e) {
        problems.add(problem(m, "reminder", e));
      }
      String renewalProblem = null;
      if (m.autopay()) {
        try {
          if (steps.renew(m)) renewed++;
          continue;
        } catch (AtriumException e) {
          // Autopay could not renew it: the staff call instead, knowing why.
          renewalProblem = e.getMessage();
          problems.add(problem(m, "renewal", e));
        }
      }
      try {
        if (steps.callTask(m, context, today, renewalProblem)) created++;
      } catch (RuntimeException e) {
        problems.add(problem(m, "task", e));
      }
    }
    tx.executeWithoutResult(s -> store.recordCheck(today, ending.size(), clock.instant()));
    return new RenewalRun(today, ending.size(), reminders, renewed, created, problems);
  }

  /** Whether the check has run for the coworking's local date {@code day}. */
  @Transactional(readOnly = true)
  public boolean checked(LocalDate day) {
    return store.checked(day);
  }

  /** The coworking's time zone: its first location's. */
  @Transactional(readOnly = true)
  public ZoneId zone() {
    return locations.list().stream()
        .findFirst()
        .map(l -> ZoneId.of(l.timeZone()))
        .orElse(ZoneId.of("UTC"));
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), tx.execute(s -> zone()));
  }

  private static String problem(Membership m, String step, RuntimeException e) {
    log.warn("Renewal {} of membership {} failed: {}", step, m.id(), e.toString());
    return "membership " + m.id() + ": " + step + ": " + e.getMessage();
  }
}
