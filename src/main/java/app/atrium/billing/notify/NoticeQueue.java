package app.atrium.billing.notify;

import app.atrium.billing.notify.NoticeStore.New;
import app.atrium.platform.tenant.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts notices into billing's outbox within the caller's transaction: they are gathered while it
 * runs and written by one statement just before it commits (an invoice run of thousands of invoices
 * pays one insert), then handed to the worker once it has committed. A rollback writes and sends
 * nothing.
 */
@Component
class NoticeQueue {

  /** How long the relay leaves a fresh notice to the after-commit worker. */
  static final Duration RELAY_GRACE = Duration.ofMinutes(1);

  private final NoticeStore store;
  private final NoticeWorker worker;
  private final TransactionTemplate tx;
  private final Clock clock;

  NoticeQueue(NoticeStore store, NoticeWorker worker, TransactionTemplate tx, Clock clock) {
    this.store = store;
    this.worker = worker;
    this.tx = tx;
    this.clock = clock;
  }

  void add(NoticeStore.Kind kind, UUID subjectId) {
    UUID tenant = TenantContext.requireTenantId();
    if (!TransactionSynchronizationManager.isSynchronizationActive()
        || !TransactionSynchronizationManager.isActualTransactionActive()) {
      List<UUID> ids = tx.execute(s -> write(List.of(new New(kind, subjectId))));
      worker.dispatch(tenant, ids);
      return;
    }
    // The transaction's own synchronizations (an inner REQUIRES_NEW has its own list).
    Pending pending =
        TransactionSynchronizationManager.getSynchronizations().stream()
            .filter(s -> s instanceof Pending p && p.queue() == this)
            .map(Pending.class::cast)
            .findFirst()
            .orElse(null);
    if (pending == null) {
      pending = new Pending(tenant);
      TransactionSynchronizationManager.registerSynchronization(pending);
    }
    pending.notices.add(new New(kind, subjectId));
  }

  private List<UUID> write(List<New> notices) {
    Instant now = clock.instant();
    return store.insertAll(notices, now, now.plus(RELAY_GRACE));
  }

  /** The notices of one transaction, written before it commits and worked after. */
  private final class Pending implements TransactionSynchronization {
    final UUID tenant;
    final List<New> notices = new ArrayList<>();
    List<UUID> written = List.of();

    Pending(UUID tenant) {
      this.tenant = tenant;
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      written = write(notices);
    }

    NoticeQueue queue() {
      return NoticeQueue.this;
    }

    @Override
    public void afterCompletion(int status) {
      if (status == STATUS_COMMITTED && !written.isEmpty()) worker.dispatch(tenant, written);
    }
  }
}
