package app.atrium.allowances.application;

import app.atrium.plans.MembershipChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Re-grants balances when a membership changes (freeze, plan change, cancellation, renewal), in the
 * transaction of the change: a freeze takes its days' share away, an upgrade adds the new plan's,
 * and what is already used stays used.
 */
@Component
class MembershipChanges {

  private final AllowanceService ledger;

  MembershipChanges(AllowanceService ledger) {
    this.ledger = ledger;
  }

  @EventListener
  void on(MembershipChanged change) {
    ledger.regrant(change.memberId(), change.from());
  }
}
