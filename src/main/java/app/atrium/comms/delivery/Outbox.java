package app.atrium.comms.delivery;

import app.atrium.comms.CommsProperties;
import app.atrium.comms.Message;
import app.atrium.comms.persistence.MessageStore;
import app.atrium.platform.tenant.TenantContext;
import app.atrium.tenancy.Tenants;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers queued messages: each right after the transaction that wrote it commits, and again by
 * the relay while it is due for a retry. A delivery locks its row ({@code SKIP LOCKED}), so the
 * nodes of a cluster never send the same message twice; it is recorded as SENT, or retried with a
 * growing delay until the last attempt marks it FAILED.
 */
@Component
public class Outbox implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(Outbox.class);
  private static final List<Duration> BACKOFF =
      List.of(
          Duration.ofMinutes(1),
          Duration.ofMinutes(5),
          Duration.ofMinutes(15),
          Duration.ofHours(1),
          Duration.ofHours(4));

  private final MessageStore store;
  private final MailGateway mail;
  private final Tenants tenants;
  private final JdbcClient db;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final CommsProperties props;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

  Outbox(
      MessageStore store,
      MailGateway mail,
      Tenants tenants,
      JdbcClient db,
      TransactionTemplate tx,
      Clock clock,
      CommsProperties props) {
    this.store = store;
    this.mail = mail;
    this.tenants = tenants;
    this.db = db;
    this.tx = tx;
    this.clock = clock;
    this.props = props;
  }

  /** Delivers the message once the current transaction commits (at once without one). */
  public void deliverAfterCommit(UUID messageId) {
    UUID tenant = TenantContext.requireTenantId();
    Runnable work = () -> executor.execute(() -> deliverQuietly(tenant, messageId));
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              work.run();
            }
          });
    } else {
      work.run();
    }
  }

  /** Delivers every queued message of any tenant that is due; returns how many were tried. */
  public int relay() {
    List<Due> due =
        tx.execute(
            s ->
                db.sql("SELECT tenant_id, message_id FROM atrium_messages_due(?, 200)")
                    .param(java.sql.Timestamp.from(clock.instant()))
                    .query(
                        (rs, i) ->
                            new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                    .list());
    for (Due d : due) deliverQuietly(d.tenantId(), d.messageId());
    return due.size();
  }

  /**
   * Tries to deliver one message in its tenant's scope: true when this call sent it. A message that
   * is not due, already sent or being sent by another node is left alone.
   */
  public boolean deliver(UUID tenantId, UUID messageId) {
    return TenantContext.callAs(
        tenantId,
        () ->
            tx.execute(
                s -> {
                  Instant now = clock.instant();
                  var locked = store.lockDue(messageId, now);
                  if (locked.isEmpty()) return false;
                  Message m = locked.get();
                  if (!mail.configured()) {
                    store.markAttemptFailed(m.id(), "no mail server is configured", null);
                    return false;
                  }
                  try {
                    mail.send(m, store.attachments(m.id()), tenants.current().name());
                  } catch (RuntimeException e) {
                    Instant retry = retryAt(m.attempts() + 1, now);
                    store.markAttemptFailed(m.id(), e.getMessage(), retry);
                    log.warn(
                        "Message {} to {} not delivered (attempt {}): {}",
                        m.id(),
                        m.to(),
                        m.attempts() + 1,
                        e.getMessage());
                    return false;
                  }
                  store.markSent(m.id(), clock.instant());
                  return true;
                }));
  }

  private void deliverQuietly(UUID tenantId, UUID messageId) {
    try {
      deliver(tenantId, messageId);
    } catch (RuntimeException e) {
      log.warn("Delivery of message {} failed: {}", messageId, e.toString());
    }
  }

  /** When to try again after {@code attempts} failures; null once they are used up. */
  private Instant retryAt(int attempts, Instant now) {
    if (attempts >= props.maxAttempts()) return null;
    return now.plus(BACKOFF.get(Math.min(attempts, BACKOFF.size()) - 1));
  }

  @Override
  public void destroy() {
    executor.shutdown();
  }

  private record Due(UUID tenantId, UUID messageId) {}
}
