package app.atrium.billing.notify;

import app.atrium.billing.ChargeResult;
import app.atrium.billing.Invoice;
import app.atrium.billing.Invoicing;
import app.atrium.billing.Payment;
import app.atrium.billing.Payments;
import app.atrium.billing.SavedMethod;
import app.atrium.billing.notify.BillingMail.AutopayNote;
import app.atrium.billing.notify.NoticeStore.Kind;
import app.atrium.billing.notify.NoticeStore.Notice;
import app.atrium.billing.notify.PayerContacts.Recipient;
import app.atrium.comms.Messages;
import app.atrium.platform.tenant.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works billing's notices. An issued invoice: first the payer's autopay card is charged (its own
 * transaction, so a charge the provider took is recorded even if the email then fails), then the
 * invoice goes out with its PDF and a pay link. A payment: a receipt. Messages go through the
 * communication history and its email outbox, each with a dedupe key, written in the transaction
 * that marks the notice done. A failure is retried with a growing delay, then given up (logged).
 */
@Component
public class NoticeWorker implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(NoticeWorker.class);
  static final int MAX_ATTEMPTS = 6;
  static final int AUTOPAY_TRIES = 3;

  /** The longest notices wait for a hold (far beyond the minute or two a run of 100 000 takes). */
  static final Duration MAX_HOLD = Duration.ofMinutes(30);

  private static final List<Duration> BACKOFF =
      List.of(
          Duration.ofMinutes(1),
          Duration.ofMinutes(5),
          Duration.ofMinutes(15),
          Duration.ofHours(1),
          Duration.ofHours(4));

  private final NoticeStore store;
  private final Invoicing invoicing;
  private final Payments payments;
  private final Messages messages;
  private final PayerContacts contacts;
  private final BillingMail mail;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final ReentrantLock holdLock = new ReentrantLock();
  private final Condition released = holdLock.newCondition();
  private int holds;
  // Few at a time: an invoice run's notices queue here instead of taking every connection.
  private final ExecutorService executor =
      new ThreadPoolExecutor(
          2,
          2,
          0,
          TimeUnit.SECONDS,
          new LinkedBlockingQueue<>(),
          Thread.ofVirtual().name("billing-notice-", 0).factory());

  NoticeWorker(
      NoticeStore store,
      Invoicing invoicing,
      Payments payments,
      Messages messages,
      PayerContacts contacts,
      BillingMail mail,
      TransactionTemplate tx,
      Clock clock) {
    this.store = store;
    this.invoicing = invoicing;
    this.payments = payments;
    this.messages = messages;
    this.contacts = contacts;
    this.mail = mail;
    this.tx = tx;
    this.clock = clock;
  }

  /** Works the notices of a committed transaction, one after the other, off the caller's thread. */
  void dispatch(UUID tenant, List<UUID> ids) {
    if (ids == null || ids.isEmpty()) return;
    List<UUID> copy = List.copyOf(ids);
    executor.execute(
        () -> {
          awaitNoRun();
          copy.forEach(id -> work(tenant, id));
        });
  }

  /**
   * Holds this node's notices back until the answer is closed: an invoice run does so while it
   * works, as charging cards, rendering PDFs and writing emails for the invoices it has issued so
   * far would take the CPU and connections the run needs. They are in the outbox already (written
   * with each batch) and go out as soon as the run ends, or after {@link #MAX_HOLD} whatever
   * happens.
   */
  public Hold hold() {
    holdLock.lock();
    try {
      holds++;
    } finally {
      holdLock.unlock();
    }
    return new Hold();
  }

  /** A hold on the notices; closing it (once) releases it. */
  public final class Hold implements AutoCloseable {
    private boolean closed;

    private Hold() {}

    @Override
    public void close() {
      holdLock.lock();
      try {
        if (closed) return;
        closed = true;
        if (--holds == 0) released.signalAll();
      } finally {
        holdLock.unlock();
      }
    }
  }

  /** Whether an invoice run holds the notices back now. */
  boolean held() {
    holdLock.lock();
    try {
      return holds > 0;
    } finally {
      holdLock.unlock();
    }
  }

  private void awaitNoRun() {
    holdLock.lock();
    try {
      long left = MAX_HOLD.toNanos();
      while (holds > 0 && left > 0) left = released.awaitNanos(left);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      holdLock.unlock();
    }
  }

  /** Works every notice of any tenant that is due; answers how many were tried. */
  public int relay() {
    if (held()) return 0;
    List<UUID[]> due = tx.execute(s -> store.due(clock.instant(), 500));
    for (UUID[] d : due) work(d[0], d[1]);
    return due.size();
  }

  /**
   * Works one notice in its tenant; false when there was nothing to do (done already, or being
   * worked by another node) or it failed (and will be tried again).
   */
  boolean work(UUID tenant, UUID noticeId) {
    return TenantContext.callAs(
        tenant,
        () -> {
          Boolean charged;
          try {
            charged = tx.execute(s -> autopay(noticeId));
          } catch (RuntimeException e) {
            recordFailure(noticeId, e, true);
            return false;
          }
          if (charged == null) return false;
          try {
            return Boolean.TRUE.equals(tx.execute(s -> deliver(noticeId)));
          } catch (RuntimeException e) {
            recordFailure(noticeId, e, false);
            return false;
          }
        });
  }

  /** Charges the autopay card of an issued invoice once; null when the notice is not ours now. */
  private Boolean autopay(UUID noticeId) {
    Optional<Notice> locked = store.lockOpen(noticeId);
    if (locked.isEmpty()) return null;
    Notice n = locked.get();
    if (n.kind() != Kind.INVOICE_ISSUED || n.autopay() != null) return true;
    Optional<ChargeResult> charge = payments.chargeAutopay(n.invoiceId());
    if (charge.isEmpty()) store.autopay(noticeId, "NONE", null);
    else if (charge.get().paid()) store.autopay(noticeId, "PAID", null);
    else store.autopay(noticeId, "FAILED", charge.get().failure());
    return true;
  }

  private Boolean deliver(UUID noticeId) {
    Optional<Notice> locked = store.lockOpen(noticeId);
    if (locked.isEmpty()) return false;
    Notice n = locked.get();
    int written =
        switch (n.kind()) {
          case INVOICE_ISSUED -> invoiceEmail(n);
          case PAYMENT_RECEIVED -> receipt(n);
        };
    store.done(noticeId, written > 0 ? "SENT" : "NO_RECIPIENT", written, clock.instant());
    return true;
  }

  private int invoiceEmail(Notice n) {
    Invoice invoice = invoicing.get(n.invoiceId());
    List<Recipient> to = contacts.of(invoice.payer());
    if (to.isEmpty()) return 0;
    AutopayNote autopay =
        switch (n.autopay() == null ? "NONE" : n.autopay()) {
          case "PAID" -> new AutopayNote(true, card(invoice), null);
          case "FAILED" -> new AutopayNote(false, card(invoice), n.autopayFailure());
          default -> null;
        };
    byte[] pdf = invoicing.pdf(invoice.id(), mail.locale());
    for (Recipient r : to) {
      messages.sendOnce(
          mail.invoice(invoice, r, autopay, pdf, "invoice:" + invoice.id() + ":" + r.memberId()));
    }
    return to.size();
  }

  private int receipt(Notice n) {
    Payment p = payments.get(n.paymentId());
    List<Recipient> to = contacts.of(p.payer());
    if (to.isEmpty()) return 0;
    Invoice invoice = p.invoiceId() == null ? null : invoicing.find(p.invoiceId()).orElse(null);
    var credit = payments.creditBalance(p.payer());
    for (Recipient r : to) {
      messages.sendOnce(
          mail.receipt(p, invoice, credit, r, "receipt:" + p.id() + ":" + r.memberId()));
    }
    return to.size();
  }

  /** The card autopay charged, as people read it ("visa •••• 4242"). */
  private String card(Invoice invoice) {
    return payments.savedMethods(invoice.payer()).stream()
        .filter(SavedMethod::autopay)
        .findFirst()
        .map(m -> (m.brand() == null ? "" : m.brand() + " ") + "•••• " + m.last4())
        .orElse("");
  }

  /**
   * Records a failed try. A charge the provider keeps refusing (it is down, say) is retried with
   * the same idempotency key for {@link #AUTOPAY_TRIES} tries (about 20 minutes); then it counts as
   * failed, so the invoice still goes out, asking to pay online, and dunning takes it from there.
   */
  private void recordFailure(UUID noticeId, RuntimeException e, boolean charging) {
    try {
      tx.executeWithoutResult(
          s -> {
            Instant now = clock.instant();
            int attempts = store.attempts(noticeId) + 1;
            if (charging && attempts >= AUTOPAY_TRIES) {
              store.autopay(noticeId, "FAILED", String.valueOf(e.getMessage()));
            }
            Instant retry =
                attempts >= MAX_ATTEMPTS
                    ? null
                    : now.plus(BACKOFF.get(Math.min(attempts, BACKOFF.size()) - 1));
            store.failed(noticeId, String.valueOf(e.getMessage()), retry, now);
          });
      log.warn("Billing notice {} failed: {}", noticeId, e.toString());
    } catch (RuntimeException again) {
      log.warn("Billing notice {} failed ({}) and could not be recorded: {}", noticeId, e, again);
    }
  }

  @Override
  public void destroy() {
    executor.shutdown();
  }
}
