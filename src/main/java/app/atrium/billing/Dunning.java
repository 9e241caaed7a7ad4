package app.atrium.billing;

import java.util.List;
import java.util.UUID;

/**
 * Reminders of overdue invoices in the current tenant: its policy, a run for today (what the daily
 * job does per tenant, and what staff may start at any time: a step already sent is never sent
 * again) and the reminders an invoice got.
 */
public interface Dunning {

  DunningPolicy policy();

  DunningPolicy update(DunningPolicy policy);

  /**
   * Sends the reminders due today (the tenant's billing time zone) of every open invoice past its
   * due date, each step once; after the last step, a staff task.
   */
  DunningRun runNow();

  /** The reminders sent for an invoice, first step first. */
  List<DunningReminder> reminders(UUID invoiceId);
}
