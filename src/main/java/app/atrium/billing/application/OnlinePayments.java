package app.atrium.billing.application;

import app.atrium.billing.Invoice;
import app.atrium.billing.Payer;
import app.atrium.billing.PaymentFailed;
import app.atrium.billing.PaymentMethodKind;
import app.atrium.billing.PaymentProviderKind;
import app.atrium.billing.payments.PaymentProvider;
import app.atrium.billing.payments.PaymentProvider.CardDetails;
import app.atrium.billing.payments.ProviderEvent;
import app.atrium.billing.payments.ProviderEvent.Outcome;
import app.atrium.billing.payments.fake.FakeCards;
import app.atrium.billing.persistence.AttemptStore;
import app.atrium.billing.persistence.AttemptStore.Attempt;
import app.atrium.billing.persistence.InvoiceStore;
import app.atrium.billing.persistence.MethodStore;
import app.atrium.platform.tenant.TenantContext;
import app.atrium.platform.web.AtriumException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What online providers report back: Stripe's webhooks (verified first, then the tenant found by
 * the attempt they are about, then processed once per event id) and the demo's fake card page.
 */
@Service
public class OnlinePayments {

  private static final Logger log = LoggerFactory.getLogger(OnlinePayments.class);

  private final AttemptStore attempts;
  private final InvoiceStore invoices;
  private final MethodStore methods;
  private final PaymentLedger ledger;
  private final BillingContext context;
  private final TransactionTemplate tx;
  private final ApplicationEventPublisher events;
  private final List<PaymentProvider> providers;

  OnlinePayments(
      AttemptStore attempts,
      InvoiceStore invoices,
      MethodStore methods,
      PaymentLedger ledger,
      BillingContext context,
      TransactionTemplate tx,
      ApplicationEventPublisher events,
      List<PaymentProvider> providers) {
    this.attempts = attempts;
    this.invoices = invoices;
    this.methods = methods;
    this.ledger = ledger;
    this.context = context;
    this.tx = tx;
    this.events = events;
    this.providers = providers;
  }

  /** What a webhook delivery did. */
  public enum WebhookResult {
    PROCESSED,
    /** The event was processed before: nothing changed. */
    REPLAYED,
    /** Verified, but about nothing of ours or nothing billing acts on. */
    IGNORED
  }

  /**
   * Handles a webhook delivery of {@code kind}: refuses it (a 400, nothing changed) unless its
   * signature holds.
   */
  public WebhookResult webhook(PaymentProviderKind kind, String payload, String signature) {
    PaymentProvider provider = provider(kind);
    ProviderEvent event = provider.parseWebhook(payload, signature);
    if (event.objectRef() == null) return WebhookResult.IGNORED;
    Optional<UUID> tenant = tx.execute(s -> attempts.tenantOf(kind, event.objectRef()));
    if (tenant == null || tenant.isEmpty()) {
      log.info("Stripe event {} ({}) is about nothing of ours", event.id(), event.type());
      return WebhookResult.IGNORED;
    }
    return TenantContext.callAs(
        tenant.get(),
        () ->
            tx.execute(
                s -> {
                  if (!attempts.recordEvent(
                      kind, event.id(), event.type(), context.clock().instant())) {
                    return WebhookResult.REPLAYED;
                  }
                  return apply(provider, event) ? WebhookResult.PROCESSED : WebhookResult.IGNORED;
                }));
  }

  private boolean apply(PaymentProvider provider, ProviderEvent event) {
    if (event.outcome() == Outcome.NONE) return false;
    Optional<Attempt> found = attempts.lockByRef(provider.kind(), event.objectRef());
    if (found.isEmpty()) return false;
    Attempt attempt = found.get();
    Instant now = context.clock().instant();
    switch (event.outcome()) {
      case PAID -> {
        if (!attempt.open()) return false;
        BigDecimal amount = event.amount() != null ? event.amount() : attempt.amount();
        String paymentRef = event.paymentRef() != null ? event.paymentRef() : attempt.providerRef();
        UUID paymentId = paid(attempt, provider.kind(), amount, paymentRef);
        if (attempt.saveMethod()) {
          provider.cardOf(paymentRef).ifPresent(card -> save(attempt, provider.kind(), card, now));
        }
        attempts.succeeded(attempt.id(), paymentId, paymentRef, now);
      }
      case FAILED, EXPIRED -> {
        if (!attempt.open()) return false;
        attempts.finished(attempt.id(), event.outcome().name(), event.failure(), now);
        if (event.outcome() == Outcome.FAILED) {
          events.publishEvent(
              new PaymentFailed(
                  context.tenantId(), attempt.invoiceId(), attempt.id(), event.failure()));
        }
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  private UUID paid(
      Attempt attempt, PaymentProviderKind kind, BigDecimal amount, String paymentRef) {
    Invoice invoice = invoices.find(attempt.invoiceId(), context.today()).orElseThrow();
    return ledger
        .receive(
            invoice.payer(),
            invoice.id(),
            kind,
            PaymentMethodKind.CARD,
            amount,
            attempt.currency(),
            context.today(),
            invoice.number(),
            paymentRef,
            null)
        .paymentId();
  }

  private void save(Attempt attempt, PaymentProviderKind kind, CardDetails card, Instant now) {
    Payer payer = invoices.find(attempt.invoiceId(), context.today()).orElseThrow().payer();
    methods.saveCustomer(payer, kind, card.customerRef(), now);
    methods.save(
        payer,
        kind,
        card.customerRef(),
        card.methodRef(),
        card.brand(),
        card.last4(),
        card.expMonth(),
        card.expYear(),
        now);
  }

  /** The demo checkout page's view of an attempt. */
  public record FakeCheckout(
      UUID attemptId, Invoice invoice, BigDecimal amount, String status, String failure) {}

  /** The fake checkout of the signed-in member, or a 404. */
  public FakeCheckout fakeCheckout(UUID attemptId) {
    return tx.execute(
        s -> {
          Attempt a =
              attempts
                  .find(attemptId)
                  .filter(x -> x.provider() == PaymentProviderKind.FAKE_CARD)
                  .orElseThrow(() -> AtriumException.notFound("Checkout", attemptId));
          Invoice invoice = invoices.find(a.invoiceId(), context.today()).orElseThrow();
          context.checkVisible(invoice.payer().memberId(), "Checkout", attemptId);
          return new FakeCheckout(a.id(), invoice, a.amount(), a.status(), a.failure());
        });
  }

  /**
   * Pays a fake checkout with a typed test card: 4242… pays (and is kept for autopay when the
   * checkout asked), 4000 0000 0000 0002 is declined (the checkout stays open for another try).
   */
  public FakeCards.Outcome payFake(UUID attemptId, String cardNumber) {
    return tx.execute(
        s -> {
          fakeCheckout(attemptId);
          Attempt a = attempts.lock(attemptId).orElseThrow();
          if (!a.open()) {
            throw AtriumException.conflict(
                "checkout-finished", "This checkout is finished already.");
          }
          FakeCards.Outcome outcome = FakeCards.outcome(cardNumber);
          if (outcome != FakeCards.Outcome.PAID) return outcome;
          Instant now = context.clock().instant();
          UUID paymentId = paid(a, PaymentProviderKind.FAKE_CARD, a.amount(), a.providerRef());
          if (a.saveMethod()) {
            String customer =
                methods
                    .customerRef(
                        invoices.find(a.invoiceId(), context.today()).orElseThrow().payer(),
                        PaymentProviderKind.FAKE_CARD)
                    .orElse("fake_cus_" + a.id());
            save(
                a,
                PaymentProviderKind.FAKE_CARD,
                new CardDetails(
                    customer,
                    FakeCards.methodRef(cardNumber),
                    "visa",
                    FakeCards.last4(cardNumber),
                    12,
                    2034),
                now);
          }
          attempts.succeeded(a.id(), paymentId, a.providerRef(), now);
          return outcome;
        });
  }

  private PaymentProvider provider(PaymentProviderKind kind) {
    return providers.stream()
        .filter(p -> p.kind() == kind)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No provider " + kind));
  }
}
