package app.atrium.billing.payments.stripe;

import app.atrium.billing.BillingProperties;
import app.atrium.billing.PaymentProviderKind;
import app.atrium.billing.payments.PaymentProvider;
import app.atrium.billing.payments.ProviderEvent;
import app.atrium.billing.payments.ProviderEvent.Outcome;
import app.atrium.billing.payments.ProviderRefused;
import app.atrium.billing.payments.WebhookRejected;
import com.stripe.StripeClient;
import com.stripe.exception.CardException;
import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Customer;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.PaymentMethod;
import com.stripe.model.StripeObject;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Stripe through stripe-java: Checkout Sessions for pay links (with the card kept for autopay when
 * asked), off-session PaymentIntents for autopay, refunds, and webhooks verified by stripe-java's
 * own signature check. Every object carries the tenant, invoice and attempt in its metadata; every
 * call that moves money has an idempotency key, so a retry never charges twice.
 */
@Component
class StripeProvider implements PaymentProvider {

  private static final Logger log = LoggerFactory.getLogger(StripeProvider.class);

  private final BillingProperties.Stripe config;
  private final Clock clock;
  private final StripeClient client;

  StripeProvider(BillingProperties properties, Clock clock) {
    this.config = properties.stripe();
    this.clock = clock;
    this.client =
        config.configured()
            ? StripeClient.builder()
                .setApiKey(config.secretKey())
                .setApiBase(config.apiBase())
                .setMaxNetworkRetries(2)
                .build()
            : null;
  }

  @Override
  public PaymentProviderKind kind() {
    return PaymentProviderKind.STRIPE;
  }

  @Override
  public boolean available() {
    return client != null;
  }

  @Override
  public ProviderCheckout createCheckout(CheckoutCall call) {
    StripeClient stripe = client();
    Map<String, String> metadata = metadata(call.tenantId(), call.invoiceId(), call.attemptId());
    try {
      String customer = call.customerRef();
      String created = null;
      if (customer == null) {
        Customer c =
            stripe
                .v1()
                .customers()
                .create(
                    CustomerCreateParams.builder()
                        .setName(call.payerName())
                        .setEmail(call.payerEmail())
                        .putMetadata("tenant_id", call.tenantId().toString())
                        .build(),
                    idempotent("customer-" + call.attemptId()));
        customer = c.getId();
        created = customer;
      }
      var intent = SessionCreateParams.PaymentIntentData.builder().putAllMetadata(metadata);
      if (call.saveMethod()) {
        intent.setSetupFutureUsage(
            SessionCreateParams.PaymentIntentData.SetupFutureUsage.OFF_SESSION);
      }
      Session session =
          stripe
              .v1()
              .checkout()
              .sessions()
              .create(
                  SessionCreateParams.builder()
                      .setMode(SessionCreateParams.Mode.PAYMENT)
                      .setCustomer(customer)
                      .setClientReferenceId(call.attemptId().toString())
                      .setSuccessUrl(call.successUrl())
                      .setCancelUrl(call.cancelUrl())
                      .putAllMetadata(metadata)
                      .setPaymentIntentData(intent.build())
                      .addLineItem(
                          SessionCreateParams.LineItem.builder()
                              .setQuantity(1L)
                              .setPriceData(
                                  SessionCreateParams.LineItem.PriceData.builder()
                                      .setCurrency(StripeAmounts.code(call.currency()))
                                      .setUnitAmount(
                                          StripeAmounts.toMinor(call.amount(), call.currency()))
                                      .setProductData(
                                          SessionCreateParams.LineItem.PriceData.ProductData
                                              .builder()
                                              .setName(call.invoiceNumber())
                                              .build())
                                      .build())
                              .build())
                      .build(),
                  idempotent("checkout-" + call.attemptId()));
      return new ProviderCheckout(
          session.getId(), session.getUrl(), session.getPaymentIntent(), created);
    } catch (StripeException e) {
      throw refused("start the checkout", e);
    }
  }

  @Override
  public ProviderCharge charge(ChargeCall call) {
    StripeClient stripe = client();
    try {
      PaymentIntent intent =
          stripe
              .v1()
              .paymentIntents()
              .create(
                  PaymentIntentCreateParams.builder()
                      .setAmount(StripeAmounts.toMinor(call.amount(), call.currency()))
                      .setCurrency(StripeAmounts.code(call.currency()))
                      .setCustomer(call.customerRef())
                      .setPaymentMethod(call.methodRef())
                      .setOffSession(true)
                      .setConfirm(true)
                      .setDescription(call.invoiceNumber())
                      .putAllMetadata(metadata(call.tenantId(), call.invoiceId(), call.attemptId()))
                      .build(),
                  idempotent("charge-" + call.attemptId()));
      boolean ok = "succeeded".equals(intent.getStatus());
      String failure =
          ok
              ? null
              : intent.getLastPaymentError() != null
                  ? intent.getLastPaymentError().getMessage()
                  : "The payment is " + intent.getStatus() + ".";
      return new ProviderCharge(intent.getId(), ok, failure);
    } catch (CardException e) {
      String ref =
          e.getStripeError() == null || e.getStripeError().getPaymentIntent() == null
              ? null
              : e.getStripeError().getPaymentIntent().getId();
      return new ProviderCharge(
          ref,
          false,
          e.getStripeError() == null ? e.getMessage() : e.getStripeError().getMessage());
    } catch (StripeException e) {
      throw refused("charge the saved card", e);
    }
  }

  @Override
  public ProviderRefund refund(RefundCall call) {
    try {
      var refund =
          client()
              .v1()
              .refunds()
              .create(
                  RefundCreateParams.builder()
                      .setPaymentIntent(call.paymentRef())
                      .setAmount(StripeAmounts.toMinor(call.amount(), call.currency()))
                      .build(),
                  idempotent("refund-" + call.refundId()));
      return new ProviderRefund(refund.getId());
    } catch (StripeException e) {
      throw refused("refund", e);
    }
  }

  @Override
  public void forget(String customerRef, String methodRef) {
    try {
      client().v1().paymentMethods().detach(methodRef);
    } catch (InvalidRequestException e) {
      // Detached or deleted at Stripe already: what the payer wanted.
      log.info("Stripe payment method {} was not attached: {}", methodRef, e.getMessage());
    } catch (StripeException e) {
      throw refused("remove the saved card", e);
    }
  }

  @Override
  public Optional<CardDetails> cardOf(String paymentRef) {
    try {
      PaymentIntent intent = client().v1().paymentIntents().retrieve(paymentRef);
      if (intent.getPaymentMethod() == null || intent.getCustomer() == null)
        return Optional.empty();
      PaymentMethod method = client().v1().paymentMethods().retrieve(intent.getPaymentMethod());
      var card = method.getCard();
      return Optional.of(
          new CardDetails(
              intent.getCustomer(),
              method.getId(),
              card == null ? "" : card.getBrand(),
              card == null ? "" : card.getLast4(),
              card == null || card.getExpMonth() == null ? null : card.getExpMonth().intValue(),
              card == null || card.getExpYear() == null ? null : card.getExpYear().intValue()));
    } catch (StripeException e) {
      log.warn("Could not read the card of {} to save it: {}", paymentRef, e.getMessage());
      return Optional.empty();
    }
  }

  @Override
  public ProviderEvent parseWebhook(String payload, String signature) {
    if (!config.configured()) throw new WebhookRejected("Stripe is not configured here.");
    if (signature == null || signature.isBlank()) {
      throw new WebhookRejected("The Stripe-Signature header is missing.");
    }
    Event event;
    try {
      event =
          Webhook.constructEvent(
              payload, signature, config.webhookSecret(), config.webhookToleranceSeconds(), clock);
    } catch (SignatureVerificationException e) {
      throw new WebhookRejected("The Stripe signature does not match: " + e.getMessage());
    } catch (RuntimeException e) {
      throw new WebhookRejected("The webhook body is not a Stripe event.");
    }
    StripeObject object = object(event);
    return switch (object) {
      case Session s -> sessionEvent(event, s);
      case PaymentIntent pi -> intentEvent(event, pi);
      case null, default ->
          new ProviderEvent(
              event.getId(), event.getType(), Outcome.NONE, null, null, null, null, null);
    };
  }

  private static ProviderEvent sessionEvent(Event event, Session s) {
    Outcome outcome =
        switch (event.getType()) {
          case "checkout.session.completed" ->
              "paid".equals(s.getPaymentStatus()) ? Outcome.PAID : Outcome.NONE;
          case "checkout.session.async_payment_succeeded" -> Outcome.PAID;
          case "checkout.session.async_payment_failed" -> Outcome.FAILED;
          case "checkout.session.expired" -> Outcome.EXPIRED;
          default -> Outcome.NONE;
        };
    String currency = s.getCurrency() == null ? null : s.getCurrency().toUpperCase();
    return new ProviderEvent(
        event.getId(),
        event.getType(),
        outcome,
        s.getId(),
        s.getPaymentIntent(),
        s.getAmountTotal() == null || currency == null
            ? null
            : StripeAmounts.fromMinor(s.getAmountTotal(), currency),
        currency,
        outcome == Outcome.FAILED ? "The payment failed." : null);
  }

  private static ProviderEvent intentEvent(Event event, PaymentIntent pi) {
    Outcome outcome =
        switch (event.getType()) {
          case "payment_intent.succeeded" -> Outcome.PAID;
          case "payment_intent.payment_failed" -> Outcome.FAILED;
          default -> Outcome.NONE;
        };
    String currency = pi.getCurrency() == null ? null : pi.getCurrency().toUpperCase();
    Long amount =
        pi.getAmountReceived() != null && pi.getAmountReceived() > 0
            ? pi.getAmountReceived()
            : pi.getAmount();
    return new ProviderEvent(
        event.getId(),
        event.getType(),
        outcome,
        pi.getId(),
        pi.getId(),
        amount == null || currency == null ? null : StripeAmounts.fromMinor(amount, currency),
        currency,
        pi.getLastPaymentError() == null ? null : pi.getLastPaymentError().getMessage());
  }

  /** The event's object, also when the event was sent with another API version than ours. */
  private static StripeObject object(Event event) {
    var data = event.getDataObjectDeserializer();
    return data.getObject()
        .orElseGet(
            () -> {
              try {
                return data.deserializeUnsafe();
              } catch (EventDataObjectDeserializationException e) {
                return null;
              }
            });
  }

  private StripeClient client() {
    if (client == null) {
      throw new ProviderRefused(
          "Stripe is not configured: set ATRIUM_STRIPE_SECRET_KEY and ATRIUM_STRIPE_WEBHOOK_SECRET.");
    }
    return client;
  }

  private static Map<String, String> metadata(
      java.util.UUID tenant, java.util.UUID invoice, java.util.UUID attempt) {
    return Map.of(
        "tenant_id", tenant.toString(),
        "invoice_id", invoice.toString(),
        "attempt_id", attempt.toString());
  }

  private static RequestOptions idempotent(String key) {
    return RequestOptions.builder().setIdempotencyKey(key).build();
  }

  private static ProviderRefused refused(String what, StripeException e) {
    log.warn("Stripe refused to {}: {}", what, e.getMessage());
    String message = e.getStripeError() != null ? e.getStripeError().getMessage() : e.getMessage();
    return new ProviderRefused("Stripe could not " + what + ": " + message);
  }
}
