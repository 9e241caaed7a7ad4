package app.atrium.billing.dunning;

import app.atrium.billing.Dunning;
import app.atrium.billing.DunningPolicy;
import app.atrium.billing.DunningReminder;
import app.atrium.billing.DunningRun;
import app.atrium.billing.Invoice;
import app.atrium.billing.Invoicing;
import app.atrium.billing.Payer.PayerType;
import app.atrium.billing.dunning.DunningSchedule.Step;
import app.atrium.billing.dunning.DunningStore.Overdue;
import app.atrium.billing.notify.BillingMail;
import app.atrium.billing.notify.PayerContacts;
import app.atrium.billing.notify.PayerContacts.Recipient;
import app.atrium.comms.Messages;
import app.atrium.platform.web.AtriumException;
import app.atrium.tasks.TaskDraft;
import app.atrium.tasks.Tasks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dunning of the current tenant. A run looks at every open invoice past its due date and, in one
 * short transaction per invoice (the invoice share-locked, so a payment at the same moment either
 * comes first or waits), records the step due today and writes its emails; after the last step, a
 * staff task. The step's row is the once-only guarantee: a second run, a second node or a staff
 * member's "run now" finds it and sends nothing.
 */
@Service
class DunningService implements Dunning {

  private static final Logger log = LoggerFactory.getLogger(DunningService.class);

  private final DunningStore store;
  private final Invoicing invoicing;
  private final PayerContacts contacts;
  private final BillingMail mail;
  private final Messages messages;
  private final Tasks tasks;
  private final TransactionTemplate tx;
  private final Clock clock;

  DunningService(
      DunningStore store,
      Invoicing invoicing,
      PayerContacts contacts,
      BillingMail mail,
      Messages messages,
      Tasks tasks,
      TransactionTemplate tx,
      Clock clock) {
    this.store = store;
    this.invoicing = invoicing;
    this.contacts = contacts;
    this.mail = mail;
    this.messages = messages;
    this.tasks = tasks;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public DunningPolicy policy() {
    return store.policy().orElse(DunningPolicy.DEFAULT);
  }

  @Override
  @Transactional
  public DunningPolicy update(DunningPolicy p) {
    if (p == null || p.enabled() == null) throw AtriumException.invalid("enabled", "is required");
    if (p.suspendAccess() == null) throw AtriumException.invalid("suspendAccess", "is required");
    String problem = DunningSchedule.problem(p.reminderDays());
    if (problem != null) throw AtriumException.invalid("reminderDays", problem);
    store.save(p, clock.instant());
    return policy();
  }

  @Override
  @Transactional(readOnly = true)
  public List<DunningReminder> reminders(UUID invoiceId) {
    invoicing.get(invoiceId);
    return store.reminders(invoiceId);
  }

  @Override
  public DunningRun runNow() {
    DunningPolicy policy = tx.execute(s -> policy());
    LocalDate today = invoicing.today();
    if (!policy.enabled()) return new DunningRun(today, 0, 0, 0);
    List<Overdue> candidates =
        tx.execute(s -> store.overdue(today.minusDays(policy.reminderDays().getFirst())));
    int reminders = 0;
    int finals = 0;
    for (Overdue c : candidates) {
      Optional<Step> step =
          DunningSchedule.due(policy.reminderDays(), c.dueDate(), today, c.lastStep());
      if (step.isEmpty()) continue;
      Optional<Step> sent;
      try {
        sent = tx.execute(s -> remind(c.invoiceId(), policy, today));
      } catch (DataIntegrityViolationException e) {
        // Paid (or reminded by another node) between our look and our write: nothing to send.
        log.info("Dunning of invoice {} skipped: {}", c.invoiceId(), e.getMessage());
        continue;
      }
      if (sent.isPresent()) {
        reminders++;
        if (sent.get().last()) finals++;
      }
    }
    return new DunningRun(today, reminders, finals, candidates.size());
  }

  /** The step sent for the invoice now, or empty when none is due or it was sent before. */
  private Optional<Step> remind(UUID invoiceId, DunningPolicy policy, LocalDate today) {
    if (!store.lockOpen(invoiceId)) return Optional.empty();
    Invoice inv = invoicing.get(invoiceId);
    Optional<Step> due =
        DunningSchedule.due(policy.reminderDays(), inv.dueDate(), today, store.lastStep(invoiceId));
    if (due.isEmpty()) return Optional.empty();
    Step step = due.get();
    List<Recipient> to = contacts.of(inv.payer());
    boolean recorded =
        store.insert(
            invoiceId, step.index(), step.days(), step.last(), today, to.size(), clock.instant());
    if (!recorded) return Optional.empty();
    for (Recipient r : to) {
      messages.sendOnce(
          mail.reminder(
              inv,
              step.days(),
              step.last(),
              policy.suspendAccess(),
              r,
              "dunning:" + invoiceId + ":" + step.index() + ":" + r.memberId()));
    }
    if (step.last()) {
      String[] task = mail.unpaidTask(inv, step.days(), step.index());
      tasks.createOnce(
          new TaskDraft(
              task[0],
              task[1],
              today,
              null,
              inv.payer().type() == PayerType.MEMBER ? "member" : "company",
              inv.payer().id(),
              "dunning:" + invoiceId + ":unpaid"));
    }
    return Optional.of(step);
  }
}
