package app.atrium.renewals.application;

import app.atrium.comms.MessageDraft;
import app.atrium.comms.Messages;
import app.atrium.members.Member;
import app.atrium.members.Members;
import app.atrium.plans.Membership;
import app.atrium.plans.Memberships;
import app.atrium.platform.security.Accounts;
import app.atrium.platform.security.Accounts.StaffAccount;
import app.atrium.platform.security.Role;
import app.atrium.renewals.RenewalSettings;
import app.atrium.renewals.persistence.RenewalStore;
import app.atrium.tasks.TaskDraft;
import app.atrium.tasks.Tasks;
import app.atrium.tenancy.TenantSettings;
import app.atrium.tenancy.Tenants;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of renewing one membership, each its own transaction and each done once whatever
 * happens around it: the reminder and the task by their dedupe keys, the renewal by its claim row.
 * A run that stops halfway is finished by the next one.
 */
@Component
public class RenewalSteps {

  private final Members members;
  private final Memberships memberships;
  private final Messages messages;
  private final Tasks tasks;
  private final Accounts accounts;
  private final Tenants tenants;
  private final RenewalStore store;
  private final MessageSource messageSource;
  private final Clock clock;

  RenewalSteps(
      Members members,
      Memberships memberships,
      Messages messages,
      Tasks tasks,
      Accounts accounts,
      Tenants tenants,
      RenewalStore store,
      MessageSource messageSource,
      Clock clock) {
    this.members = members;
    this.memberships = memberships;
    this.messages = messages;
    this.tasks = tasks;
    this.accounts = accounts;
    this.tenants = tenants;
    this.store = store;
    this.messageSource = messageSource;
    this.clock = clock;
  }

  /** What every step of one check needs to know about the coworking, read once. */
  public record Context(RenewalTexts texts, UUID assignee) {}

  @Transactional(readOnly = true)
  public Context context(RenewalSettings settings) {
    TenantSettings tenant = tenants.current();
    return new Context(
        new RenewalTexts(messageSource, tenant.locale(), tenant.name()),
        assignee(accounts.staff(), settings.assigneeRole()));
  }

  /** The first staff member with {@code role}; without one, the first admin, else the owner. */
  static UUID assignee(List<StaffAccount> staff, Role role) {
    for (Role r :
        role == null ? List.of(Role.ADMIN, Role.OWNER) : List.of(role, Role.ADMIN, Role.OWNER)) {
      Optional<StaffAccount> first = staff.stream().filter(s -> s.role() == r).findFirst();
      if (first.isPresent()) return first.get().accountId();
    }
    return staff.isEmpty() ? null : staff.getFirst().accountId();
  }

  /** Emails the member her reminder, once per membership and end date; true when sent now. */
  @Transactional
  public boolean remind(Membership m, Context c) {
    Member member = members.get(m.memberId());
    if (member.email() == null) return false;
    var email = c.texts().reminder(member.firstName(), m.planName(), m.endsOn(), m.autopay());
    return messages
        .sendOnce(
            MessageDraft.email(member.id(), email.subject(), email.text(), email.html())
                .withDedupeKey("renewal-reminder:" + m.id() + ":" + m.endsOn()))
        .isPresent();
  }

  /**
   * Renews an autopay membership for another term, once per end date: true when renewed now, false
   * when another run already did. A refusal (say, it was cancelled meanwhile) is thrown and leaves
   * nothing behind.
   */
  @Transactional
  public boolean renew(Membership m) {
    if (!store.claimRenewal(m.id(), m.endsOn(), clock.instant())) return false;
    LocalDate renewedTo = memberships.renew(m.id());
    store.recordRenewedTo(m.id(), m.endsOn(), renewedTo);
    return true;
  }

  /**
   * Gives the staff the task "Call … about renewal", due the day before the end (or today, if that
   * has passed), once per membership and end date; {@code problem} (may be null) says why an
   * automatic renewal did not happen. True when created now.
   */
  @Transactional
  public boolean callTask(Membership m, Context c, LocalDate today, String problem) {
    Member member = members.get(m.memberId());
    LocalDate due = m.endsOn().minusDays(1);
    if (due.isBefore(today)) due = today;
    String details =
        c.texts().taskDetails(m.planName(), m.endsOn(), member.email(), member.phone());
    if (problem != null) details = details + "\n" + c.texts().renewalFailed(problem);
    return tasks
        .createOnce(
            TaskDraft.aboutMember(
                c.texts().taskTitle(member.fullName()),
                details,
                due,
                c.assignee(),
                member.id(),
                "renewal-call:" + m.id() + ":" + m.endsOn()))
        .isPresent();
  }
}
