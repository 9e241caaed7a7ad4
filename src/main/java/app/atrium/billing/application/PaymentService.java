package app.atrium.billing.application;

import app.atrium.billing.BillingProfile.OnlineProvider;
import app.atrium.billing.BillingProperties;
import app.atrium.billing.ChargeResult;
import app.atrium.billing.Checkout;
import app.atrium.billing.Invoice;
import app.atrium.billing.InvoiceStatus;
import app.atrium.billing.ManualPayment;
import app.atrium.billing.Payer;
import app.atrium.billing.Payment;
import app.atrium.billing.PaymentFailed;
import app.atrium.billing.PaymentMethodKind;
import app.atrium.billing.PaymentProviderKind;
import app.atrium.billing.PaymentQuery;
import app.atrium.billing.Payments;
import app.atrium.billing.RefundRequest;
import app.atrium.billing.SavedMethod;
import app.atrium.billing.domain.LineAmounts;
import app.atrium.billing.payments.PaymentProvider;
import app.atrium.billing.payments.PaymentProvider.ChargeCall;
import app.atrium.billing.payments.PaymentProvider.CheckoutCall;
import app.atrium.billing.payments.PaymentProvider.ProviderCharge;
import app.atrium.billing.payments.PaymentProvider.ProviderCheckout;
import app.atrium.billing.payments.PaymentProvider.RefundCall;
import app.atrium.billing.payments.ProviderRefused;
import app.atrium.billing.persistence.AttemptStore;
import app.atrium.billing.persistence.AttemptStore.Attempt;
import app.atrium.billing.persistence.InvoiceStore;
import app.atrium.billing.persistence.MethodStore;
import app.atrium.billing.persistence.PaymentStore;
import app.atrium.platform.web.AtriumException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Payments, refunds, credit balances, online checkouts and autopay charges. */
@Service
class PaymentService implements Payments {

  private final PaymentStore payments;
  private final InvoiceStore invoices;
  private final AttemptStore attempts;
  private final MethodStore methods;
  private final PaymentLedger ledger;
  private final BillingContext context;
  private final BillingProperties properties;
  private final ApplicationEventPublisher events;
  private final BillTo billTo;
  private final Map<PaymentProviderKind, PaymentProvider> providers =
      new EnumMap<>(PaymentProviderKind.class);

  PaymentService(
      PaymentStore payments,
      InvoiceStore invoices,
      AttemptStore attempts,
      MethodStore methods,
      PaymentLedger ledger,
      BillingContext context,
      BillingProperties properties,
      ApplicationEventPublisher events,
      BillTo billTo,
      List<PaymentProvider> providers) {
    this.billTo = billTo;
    this.payments = payments;
    this.invoices = invoices;
    this.attempts = attempts;
    this.methods = methods;
    this.ledger = ledger;
    this.context = context;
    this.properties = properties;
    this.events = events;
    for (PaymentProvider p : providers) this.providers.put(p.kind(), p);
  }

  @Override
  @Transactional
  public Payment record(ManualPayment r) {
    if (r.method() == null)
      throw AtriumException.invalid("method", "is required: BANK_TRANSFER or CASH");
    if (r.method() == PaymentMethodKind.CARD) {
      throw AtriumException.invalid("method", "card payments arrive through the online provider");
    }
    var issuer = context.issuer();
    Currency currency = issuer.currency();
    if (r.amount() == null || r.amount().signum() <= 0) {
      throw AtriumException.invalid("amount", "must be above 0");
    }
    if (!LineAmounts.rounded(r.amount(), currency)) {
      throw AtriumException.invalid("amount", "has more decimals than " + currency + " has");
    }
    LocalDate today = context.today(issuer);
    LocalDate on = r.receivedOn() != null ? r.receivedOn() : today;
    if (on.isAfter(today)) throw AtriumException.invalid("receivedOn", "must not be in the future");
    if (on.isBefore(today.minusYears(5)))
      throw AtriumException.invalid("receivedOn", "is too far back");
    Payer payer;
    if (r.invoiceId() != null) {
      Invoice invoice = lockedInvoice(r.invoiceId(), "invoiceId");
      payer = invoice.payer();
      if ((r.memberId() != null && !r.memberId().equals(payer.memberId()))
          || (r.companyId() != null && !r.companyId().equals(payer.companyId()))) {
        throw AtriumException.invalid("invoiceId", "is addressed to another payer");
      }
    } else if ((r.memberId() == null) == (r.companyId() == null)) {
      throw AtriumException.invalid(
          "invoiceId", "name an invoice, or the memberId or companyId who paid");
    } else {
      payer = r.memberId() != null ? Payer.member(r.memberId()) : Payer.company(r.companyId());
      billTo.of(payer);
    }
    var received =
        ledger.receive(
            payer,
            r.invoiceId(),
            PaymentProviderKind.MANUAL,
            r.method(),
            r.amount(),
            currency.getCurrencyCode(),
            on,
            r.reference(),
            null,
            r.note());
    return payments.find(received.paymentId()).orElseThrow();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Payment> find(UUID id) {
    Optional<UUID> only = context.onlyMember();
    return payments.find(id).filter(p -> only.isEmpty() || only.get().equals(p.payer().memberId()));
  }

  @Override
  @Transactional(readOnly = true)
  public Payment get(UUID id) {
    return find(id).orElseThrow(() -> AtriumException.notFound("Payment", id));
  }

  @Override
  @Transactional(readOnly = true)
  public List<Payment> list(PaymentQuery q) {
    if (q.limit() < 1 || q.limit() > 500)
      throw AtriumException.invalid("limit", "must be between 1 and 500");
    if (q.from() != null && q.to() != null && q.from().isAfter(q.to())) {
      throw AtriumException.invalid("from", "must not be after 'to'");
    }
    return payments.list(q, context.onlyMember().orElse(null));
  }

  @Override
  @Transactional
  public Payment refund(UUID paymentId, RefundRequest r) {
    PaymentStore.Row payment =
        payments.lock(paymentId).orElseThrow(() -> AtriumException.notFound("Payment", paymentId));
    Payment current = payments.find(paymentId).orElseThrow();
    if (r.amount() == null || r.amount().signum() <= 0)
      throw AtriumException.invalid("amount", "must be above 0");
    if (!LineAmounts.rounded(r.amount(), Currency.getInstance(payment.currency()))) {
      throw AtriumException.invalid(
          "amount", "has more decimals than " + payment.currency() + " has");
    }
    String reason = r.reason() == null ? "" : r.reason().strip();
    if (reason.isEmpty()) throw AtriumException.invalid("reason", "say why the money goes back");
    BigDecimal refundable = payment.amount().subtract(current.refunded());
    if (r.amount().compareTo(refundable) > 0) {
      throw AtriumException.invalid(
          "amount", "at most " + refundable + " of this payment is left to refund");
    }
    LocalDate today = context.today();
    ledger.checkOpen(today, "record a refund");
    UUID refundId = UUID.randomUUID();
    ledger.refundShares(paymentId, r.amount(), today);
    String ref =
        provider(payment.provider())
            .refund(new RefundCall(refundId, payment.providerRef(), r.amount(), payment.currency()))
            .ref();
    payments.insertRefund(
        refundId,
        paymentId,
        r.amount(),
        today,
        reason,
        ref,
        context.clock().instant(),
        context.accountId());
    return payments.find(paymentId).orElseThrow();
  }

  @Override
  @Transactional(readOnly = true)
  public BigDecimal creditBalance(Payer payer) {
    Optional<UUID> only = context.onlyMember();
    if (only.isPresent() && !only.get().equals(payer.memberId())) {
      throw AtriumException.notFound("Member", payer.id());
    }
    return payments.creditBalance(payer);
  }

  @Override
  @Transactional
  public Checkout checkout(UUID invoiceId, boolean saveMethod) {
    Invoice invoice = lockedInvoice(invoiceId, "invoiceId");
    context.checkVisible(invoice.payer().memberId(), "Invoice", invoiceId);
    if (!invoice.status().open()) {
      throw AtriumException.conflict(
          "invoice-not-open", "Invoice " + invoice.number() + " has nothing left to pay.");
    }
    OnlineProvider online = context.profile().onlineProvider();
    if (online == OnlineProvider.NONE) {
      throw AtriumException.conflict(
          "online-payment-off",
          "This coworking takes no online payments; pay by bank transfer or at reception.");
    }
    PaymentProvider provider = provider(PaymentProviderKind.valueOf(online.name()));
    if (!provider.available()) {
      throw new ProviderRefused(
          online + " is chosen for online payments but not configured on this server.");
    }
    UUID attemptId = UUID.randomUUID();
    String customer = methods.customerRef(invoice.payer(), provider.kind()).orElse(null);
    String back = properties.publicUrl() + "/portal/billing/invoices/" + invoiceId;
    ProviderCheckout started =
        provider.createCheckout(
            new CheckoutCall(
                context.tenantId(),
                attemptId,
                invoiceId,
                invoice.number(),
                invoice.amountDue(),
                invoice.currency(),
                invoice.billToName(),
                invoice.billToEmail(),
                customer,
                saveMethod,
                back + "?paid=1",
                back));
    var now = context.clock().instant();
    if (started.customerRef() != null && customer == null) {
      methods.saveCustomer(invoice.payer(), provider.kind(), started.customerRef(), now);
    }
    attempts.insert(
        new Attempt(
            attemptId,
            invoiceId,
            provider.kind(),
            "CHECKOUT",
            invoice.amountDue(),
            invoice.currency(),
            "OPEN",
            started.ref(),
            started.paymentRef(),
            started.url(),
            saveMethod,
            null,
            null,
            null,
            context.accountId()),
        now);
    return new Checkout(
        attemptId,
        invoiceId,
        provider.kind(),
        invoice.amountDue(),
        invoice.currency(),
        started.url());
  }

  @Override
  @Transactional
  public Optional<ChargeResult> chargeAutopay(UUID invoiceId) {
    Invoice invoice = lockedInvoice(invoiceId, "invoiceId");
    if (!invoice.status().open()) return Optional.empty();
    var method = methods.autopayOf(invoice.payer());
    if (method.isEmpty()) return Optional.empty();
    PaymentProvider provider = provider(method.get().method().provider());
    // The n-th charge of an invoice has the same id on every try (the invoice row is locked, so n
    // is stable): a retry after a crash between the provider's answer and our commit reuses the
    // provider's idempotency key and cannot charge twice.
    UUID attemptId =
        UUID.nameUUIDFromBytes(
            ("autopay:" + invoiceId + ":" + attempts.countCharges(invoiceId))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    ProviderCharge charge =
        provider.charge(
            new ChargeCall(
                context.tenantId(),
                attemptId,
                invoiceId,
                invoice.number(),
                invoice.amountDue(),
                invoice.currency(),
                method.get().customerRef(),
                method.get().methodRef()));
    var now = context.clock().instant();
    String ref = charge.ref() != null ? charge.ref() : "failed_" + attemptId;
    attempts.insert(
        new Attempt(
            attemptId,
            invoiceId,
            provider.kind(),
            "CHARGE",
            invoice.amountDue(),
            invoice.currency(),
            "OPEN",
            ref,
            ref,
            null,
            false,
            method.get().method().id(),
            null,
            null,
            context.accountId()),
        now);
    if (!charge.succeeded()) {
      attempts.finished(attemptId, "FAILED", charge.failure(), now);
      events.publishEvent(
          new PaymentFailed(context.tenantId(), invoiceId, attemptId, charge.failure()));
      return Optional.of(new ChargeResult(attemptId, false, null, charge.failure()));
    }
    var received =
        ledger.receive(
            invoice.payer(),
            invoiceId,
            provider.kind(),
            PaymentMethodKind.CARD,
            invoice.amountDue(),
            invoice.currency(),
            context.today(),
            invoice.number(),
            ref,
            "autopay");
    attempts.succeeded(attemptId, received.paymentId(), ref, now);
    return Optional.of(new ChargeResult(attemptId, true, received.paymentId(), null));
  }

  @Override
  @Transactional(readOnly = true)
  public List<SavedMethod> savedMethods(Payer payer) {
    Optional<UUID> only = context.onlyMember();
    if (only.isPresent() && !only.get().equals(payer.memberId())) return List.of();
    return methods.list(payer);
  }

  @Override
  @Transactional
  public SavedMethod setAutopay(UUID methodId, boolean on) {
    var method =
        methods
            .find(methodId)
            .orElseThrow(() -> AtriumException.notFound("Payment method", methodId));
    context.checkVisible(method.method().payer().memberId(), "Payment method", methodId);
    methods.setAutopay(method.method().payer(), methodId, on);
    return methods.find(methodId).orElseThrow().method();
  }

  @Override
  @Transactional
  public void removeMethod(UUID methodId) {
    var method =
        methods
            .find(methodId)
            .orElseThrow(() -> AtriumException.notFound("Payment method", methodId));
    context.checkVisible(method.method().payer().memberId(), "Payment method", methodId);
    methods.remove(methodId, context.clock().instant());
    provider(method.method().provider()).forget(method.customerRef(), method.methodRef());
  }

  PaymentProvider provider(PaymentProviderKind kind) {
    PaymentProvider p = providers.get(kind);
    if (p == null) throw new ProviderRefused("No " + kind + " provider in this build.");
    return p;
  }

  private Invoice lockedInvoice(UUID id, String field) {
    InvoiceStatus status =
        invoices.lockStatus(id).orElseThrow(() -> AtriumException.notFound("Invoice", id));
    Invoice invoice = invoices.find(id, context.today()).orElseThrow();
    context.checkVisible(invoice.payer().memberId(), "Invoice", id);
    if (status == InvoiceStatus.DRAFT) {
      throw AtriumException.invalid(field, "is a draft; issue it first");
    }
    return invoice;
  }
}
