package app.atrium.billing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.atrium.comms.Message;
import app.atrium.comms.Messages;
import app.atrium.support.TestTenant;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.stripe.Stripe;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Stripe, played by WireMock with responses shaped like Stripe's documented objects: a checkout, a
 * signed webhook that marks the invoice paid, replays and bad signatures that change nothing,
 * autopay charges and refunds.
 */
@RecordApplicationEvents
class StripePaymentsTest extends BillingTestSupport {

  static final String WEBHOOK_SECRET = "whsec_test_atrium";
  static final WireMockServer stripe = new WireMockServer(options().dynamicPort());

  static {
    stripe.start();
  }

  @DynamicPropertySource
  static void stripeProperties(DynamicPropertyRegistry registry) {
    registry.add("atrium.billing.stripe.secret-key", () -> "sk_test_atrium");
    registry.add("atrium.billing.stripe.webhook-secret", () -> WEBHOOK_SECRET);
    registry.add("atrium.billing.stripe.api-base", () -> "http://localhost:" + stripe.port());
  }

  @AfterAll
  static void stop() {
    stripe.stop();
  }

  @Autowired ApplicationEvents events;
  @Autowired Messages messages;
  @Autowired app.atrium.billing.notify.NoticeWorker notices;

  TestTenant t;
  UUID asel;

  @BeforeEach
  void coworking() throws Exception {
    stripe.resetAll();
    clock.setInstant(FEB_1);
    t = newTenant();
    asel = member(t, "Asel", "Nurlanova");
    Answer profile =
        call(
            HttpMethod.PUT,
            "/api/v1/billing-profile",
            t.token(),
            map(
                "timeZone",
                "Asia/Almaty",
                "paymentTermsDays",
                10,
                "invoicePrefix",
                "INV",
                "creditNotePrefix",
                "CN",
                "onlineProvider",
                "STRIPE"));
    assertThat(profile.status()).as(profile.body().toString()).isEqualTo(200);
    stripe.stubFor(
        post(urlEqualTo("/v1/customers"))
            .willReturn(
                json(
                    "{\"id\":\"cus_Q1\",\"object\":\"customer\",\"email\":null,\"name\":\"Asel Nurlanova\",\"livemode\":false,\"metadata\":{}}")));
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(
      String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  private void stubSession(String sessionId) {
    stripe.stubFor(
        post(urlEqualTo("/v1/checkout/sessions"))
            .willReturn(
                json(
                    """
                    {"id":"%s","object":"checkout.session","mode":"payment","status":"open",
                     "payment_status":"unpaid","url":"https://checkout.stripe.com/c/pay/%s",
                     "amount_total":9630000,"currency":"kzt","customer":"cus_Q1","payment_intent":null,
                     "livemode":false,"metadata":{}}
                    """
                        .formatted(sessionId, sessionId))));
  }

  private void stubCard(String intent) {
    stripe.stubFor(
        get(urlEqualTo("/v1/payment_intents/" + intent))
            .willReturn(
                json(
                    """
                    {"id":"%s","object":"payment_intent","status":"succeeded","amount":9630000,
                     "amount_received":9630000,"currency":"kzt","customer":"cus_Q1",
                     "payment_method":"pm_card_1","livemode":false,"metadata":{}}
                    """
                        .formatted(intent))));
    stripe.stubFor(
        get(urlEqualTo("/v1/payment_methods/pm_card_1"))
            .willReturn(
                json(
                    """
                    {"id":"pm_card_1","object":"payment_method","type":"card","customer":"cus_Q1",
                     "card":{"brand":"visa","last4":"4242","exp_month":12,"exp_year":2031},
                     "livemode":false,"metadata":{}}
                    """)));
  }

  private static String sessionCompleted(
      String eventId, String sessionId, String intent, long minor) {
    return """
        {"id":"%s","object":"event","api_version":"%s","created":1801000000,"livemode":false,
         "pending_webhooks":1,"request":{"id":null,"idempotency_key":null},
         "type":"checkout.session.completed",
         "data":{"object":{"id":"%s","object":"checkout.session","mode":"payment","status":"complete",
           "payment_status":"paid","amount_total":%d,"currency":"kzt","customer":"cus_Q1",
           "payment_intent":"%s","livemode":false,"metadata":{}}}}
        """
        .formatted(eventId, Stripe.API_VERSION, sessionId, minor, intent);
  }

  /** A Stripe-Signature header as Stripe computes it: HMAC-SHA256 of "timestamp.payload". */
  private String sign(String payload, String secret) throws Exception {
    long ts = clock.instant().getEpochSecond();
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String sig =
        HexFormat.of()
            .formatHex(mac.doFinal((ts + "." + payload).getBytes(StandardCharsets.UTF_8)));
    return "t=" + ts + ",v1=" + sig;
  }

  private Answer webhook(String payload, String signature) throws Exception {
    var req =
        MockMvcRequestBuilders.post("/api/v1/payments/webhooks/stripe")
            .contentType(MediaType.APPLICATION_JSON)
            .content(payload);
    if (signature != null) req.header("Stripe-Signature", signature);
    var r = mvc.perform(req).andReturn().getResponse();
    return new Answer(r.getStatus(), json.readTree(r.getContentAsString()));
  }

  private long paymentsRecorded() {
    return inTenant(
        t.tenantId(), () -> db.sql("SELECT count(*) FROM payment").query(Long.class).single());
  }

  private static String form(LoggedRequest r) {
    return URLDecoder.decode(r.getBodyAsString(), StandardCharsets.UTF_8);
  }

  @Test
  void a_checkout_and_its_signed_webhook_mark_the_invoice_paid_once_and_keep_the_card()
      throws Exception {
    stubSession("cs_test_a1");
    stubCard("pi_A1");
    Invoice inv = issueSeed(t, asel);
    Answer checkout =
        call(
            HttpMethod.POST,
            "/api/v1/invoices/" + inv.id() + "/checkout",
            t.token(),
            map("saveMethod", true));
    assertThat(checkout.status()).as(checkout.body().toString()).isEqualTo(200);
    assertThat(checkout.body().get("url").asText())
        .isEqualTo("https://checkout.stripe.com/c/pay/cs_test_a1");
    assertThat(checkout.body().get("provider").asText()).isEqualTo("STRIPE");

    List<LoggedRequest> sessions =
        stripe.findAll(postRequestedFor(urlEqualTo("/v1/checkout/sessions")));
    assertThat(sessions).hasSize(1);
    String sent = form(sessions.getFirst());
    assertThat(sent)
        .contains("mode=payment")
        .contains("customer=cus_Q1")
        .contains("line_items[0][price_data][unit_amount]=9630000")
        .contains("line_items[0][price_data][currency]=kzt")
        .contains("line_items[0][price_data][product_data][name]=" + inv.number())
        .contains("payment_intent_data[setup_future_usage]=off_session")
        .contains("metadata[tenant_id]=" + t.tenantId())
        .contains("metadata[invoice_id]=" + inv.id());
    assertThat(sessions.getFirst().getHeader("Authorization")).isEqualTo("Bearer sk_test_atrium");
    assertThat(sessions.getFirst().getHeader("Idempotency-Key")).startsWith("checkout-");

    String event = sessionCompleted("evt_A1", "cs_test_a1", "pi_A1", 9630000);
    String signature = sign(event, WEBHOOK_SECRET);
    Answer first = webhook(event, signature);
    assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
    assertThat(first.body().get("result").asText()).isEqualTo("PROCESSED");
    Invoice paid = invoice(t, inv.id());
    assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
    Payment payment =
        inTenant(
                t.tenantId(),
                () -> payments.list(new PaymentQuery(null, null, inv.id(), null, null, 10)))
            .getFirst();
    assertThat(payment.provider()).isEqualTo(PaymentProviderKind.STRIPE);
    assertThat(payment.providerRef()).isEqualTo("pi_A1");
    assertThat(payment.amount()).isEqualByComparingTo("96300");
    List<SavedMethod> cards =
        inTenant(t.tenantId(), () -> payments.savedMethods(Payer.member(asel)));
    assertThat(cards)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.brand()).isEqualTo("visa");
              assertThat(c.last4()).isEqualTo("4242");
            });
    assertThat(events.stream(PaymentReceived.class).filter(e -> e.invoiceId().equals(inv.id())))
        .singleElement()
        .satisfies(e -> assertThat(e.invoicePaid()).isTrue());

    // The same delivery again (Stripe retries): acknowledged, nothing changes.
    Answer replay = webhook(event, signature);
    assertThat(replay.status()).isEqualTo(200);
    assertThat(replay.body().get("result").asText()).isEqualTo("REPLAYED");
    // The same event id with a fresh signature is still the same event.
    assertThat(webhook(event, sign(event, WEBHOOK_SECRET)).body().get("result").asText())
        .isEqualTo("REPLAYED");
    assertThat(paymentsRecorded()).isEqualTo(1);
    assertThat(invoice(t, inv.id()).paidAmount()).isEqualByComparingTo("96300");
  }

  @Test
  void a_badly_signed_or_tampered_webhook_is_refused_and_changes_nothing() throws Exception {
    stubSession("cs_test_b1");
    Invoice inv = issueSeed(t, asel);
    call(HttpMethod.POST, "/api/v1/invoices/" + inv.id() + "/checkout", t.token(), null);
    String event = sessionCompleted("evt_B1", "cs_test_b1", "pi_B1", 9630000);

    Answer wrongSecret = webhook(event, sign(event, "whsec_someone_else"));
    assertThat(wrongSecret.status()).isEqualTo(400);
    assertThat(wrongSecret.body().get("type").asText()).endsWith("/webhook-rejected");
    String tampered = event.replace("\"id\":\"evt_B1\"", "\"id\":\"evt_B2\"");
    assertThat(webhook(tampered, sign(event, WEBHOOK_SECRET)).status()).isEqualTo(400);
    assertThat(webhook(event, null).status()).isEqualTo(400);
    assertThat(webhook(event, "t=1,v1=abc").status()).isEqualTo(400);
    String stale = sign(event, WEBHOOK_SECRET);
    clock.advance(java.time.Duration.ofMinutes(10));
    assertThat(webhook(event, stale).status()).as("older than the tolerance").isEqualTo(400);
    assertThat(webhook("not json", sign("not json", WEBHOOK_SECRET)).status()).isEqualTo(400);

    assertThat(paymentsRecorded()).isZero();
    assertThat(invoice(t, inv.id()).status()).isEqualTo(InvoiceStatus.ISSUED);
    long events =
        inTenant(
            t.tenantId(),
            () -> db.sql("SELECT count(*) FROM payment_webhook_event").query(Long.class).single());
    assertThat(events).isZero();
  }

  @Test
  void an_event_about_nothing_of_ours_is_acknowledged_and_ignored() throws Exception {
    String event = sessionCompleted("evt_C1", "cs_someone_elses", "pi_C1", 100);
    Answer a = webhook(event, sign(event, WEBHOOK_SECRET));
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body().get("result").asText()).isEqualTo("IGNORED");
  }

  private UUID saveStripeCard() {
    return inTenant(
        t.tenantId(),
        () -> {
          db.sql(
                  "INSERT INTO payment_method (tenant_id, id, member_id, provider, customer_ref, method_ref,"
                      + " brand, last4, created_at) VALUES (atrium_current_tenant(), gen_random_uuid(), ?,"
                      + " 'STRIPE', 'cus_Q1', 'pm_card_1', 'visa', '4242', now())")
              .param(asel)
              .update();
          UUID id = payments.savedMethods(Payer.member(asel)).getFirst().id();
          return payments.setAutopay(id, true).id();
        });
  }

  private String attemptStatus(UUID invoiceId) {
    return inTenant(
        t.tenantId(),
        () ->
            db.sql("SELECT string_agg(status, ',') FROM payment_attempt WHERE invoice_id = ?")
                .param(invoiceId)
                .query(String.class)
                .single());
  }

  @Test
  void autopay_charges_the_saved_card_at_issue_with_a_receipt_and_a_declined_card_leaves_it_open()
      throws Exception {
    UUID card = saveStripeCard();
    assertThat(card).isNotNull();
    stripe.stubFor(
        post(urlEqualTo("/v1/payment_intents"))
            .willReturn(
                json(
                    """
                    {"id":"pi_auto_1","object":"payment_intent","status":"succeeded","amount":9630000,
                     "amount_received":9630000,"currency":"kzt","customer":"cus_Q1",
                     "payment_method":"pm_card_1","livemode":false,"metadata":{}}
                    """)));
    // Issuing the invoice is all it takes: the card is charged once the issue has committed.
    Invoice inv = issueSeed(t, asel);
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> invoice(t, inv.id()).status() == InvoiceStatus.PAID);
    LoggedRequest charge =
        stripe.findAll(postRequestedFor(urlEqualTo("/v1/payment_intents"))).getFirst();
    assertThat(form(charge))
        .contains("off_session=true")
        .contains("confirm=true")
        .contains("payment_method=pm_card_1")
        .contains("amount=9630000");
    // The first charge of an invoice has the same idempotency key on every try: a retry after a
    // crash cannot charge twice.
    UUID attempt =
        UUID.nameUUIDFromBytes(("autopay:" + inv.id() + ":0").getBytes(StandardCharsets.UTF_8));
    assertThat(charge.getHeader("Idempotency-Key")).isEqualTo("charge-" + attempt);
    await().atMost(Duration.ofSeconds(15)).until(() -> !receipts().isEmpty());
    assertThat(receipts())
        .singleElement()
        .satisfies(m -> assertThat(m.subject()).isEqualTo("Payment received: KZT\u00a096,300"));
    // Stripe's own payment_intent.succeeded for the same charge changes nothing more.
    String succeeded =
        """
        {"id":"evt_D1","object":"event","api_version":"%s","created":1801000000,"livemode":false,
         "pending_webhooks":1,"type":"payment_intent.succeeded",
         "data":{"object":{"id":"pi_auto_1","object":"payment_intent","status":"succeeded",
           "amount":9630000,"amount_received":9630000,"currency":"kzt","livemode":false,"metadata":{}}}}
        """
            .formatted(Stripe.API_VERSION);
    assertThat(webhook(succeeded, sign(succeeded, WEBHOOK_SECRET)).body().get("result").asText())
        .isEqualTo("IGNORED");
    assertThat(paymentsRecorded()).isEqualTo(1);

    stripe.stubFor(
        post(urlEqualTo("/v1/payment_intents"))
            .willReturn(
                aResponse()
                    .withStatus(402)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        """
                        {"error":{"type":"card_error","code":"card_declined","decline_code":"generic_decline",
                         "message":"Your card was declined.","param":"",
                         "payment_intent":{"id":"pi_declined_1","object":"payment_intent",
                           "status":"requires_payment_method"}}}
                        """)));
    Invoice march = issueOneOff(t, asel, "5000");
    await().atMost(Duration.ofSeconds(15)).until(() -> "FAILED".equals(attemptStatus(march.id())));
    assertThat(invoice(t, march.id()).status()).isEqualTo(InvoiceStatus.ISSUED);
    assertThat(paymentsRecorded()).isEqualTo(1);
    // The invoice email says so and links to paying online; dunning picks the invoice up.
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                inTenant(t.tenantId(), () -> messages.history(asel, 20)).stream()
                    .anyMatch(m -> m.subject().startsWith("Invoice " + march.number())));
    Message mail =
        inTenant(t.tenantId(), () -> messages.history(asel, 20)).stream()
            .filter(m -> m.subject().startsWith("Invoice " + march.number()))
            .findFirst()
            .orElseThrow();
    assertThat(mail.bodyText())
        .contains("the payment did not go through: Your card was declined.")
        .contains("/portal/billing/invoices/" + march.id());
  }

  @Test
  void a_charge_stripe_cannot_answer_is_retried_with_the_same_key_then_the_invoice_goes_out()
      throws Exception {
    saveStripeCard();
    stripe.stubFor(
        post(urlEqualTo("/v1/payment_intents"))
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\":{\"type\":\"api_error\",\"message\":\"Something went wrong.\"}}")));
    Invoice inv = issueSeed(t, asel);
    await().atMost(Duration.ofSeconds(15)).until(() -> noticeAttempts(inv.id()) == 1);
    for (int tries = 2; tries <= 3; tries++) {
      clock.advance(Duration.ofMinutes(20));
      notices.relay();
      assertThat(noticeAttempts(inv.id())).isEqualTo(tries);
    }
    // Every try, stripe-java's own retries included, used the invoice's first charge key.
    var charges = stripe.findAll(postRequestedFor(urlEqualTo("/v1/payment_intents")));
    assertThat(charges).hasSizeGreaterThanOrEqualTo(3);
    assertThat(charges)
        .extracting(r -> r.getHeader("Idempotency-Key"))
        .containsOnly(
            "charge-"
                + UUID.nameUUIDFromBytes(
                    ("autopay:" + inv.id() + ":0").getBytes(StandardCharsets.UTF_8)));
    assertThat(paymentsRecorded()).isZero();
    // After the third try the charge counts as failed: the invoice goes out, asking to pay.
    clock.advance(Duration.ofMinutes(20));
    notices.relay();
    Message mail =
        inTenant(t.tenantId(), () -> messages.history(asel, 20)).stream()
            .filter(m -> m.subject().startsWith("Invoice " + inv.number()))
            .findFirst()
            .orElseThrow();
    assertThat(mail.bodyText())
        .contains("the payment did not go through")
        .contains("/portal/billing/invoices/" + inv.id());
    assertThat(invoice(t, inv.id()).status()).isEqualTo(InvoiceStatus.ISSUED);
  }

  private int noticeAttempts(UUID invoiceId) {
    return inTenant(
        t.tenantId(),
        () ->
            db.sql("SELECT attempts FROM billing_notice WHERE invoice_id = ?")
                .param(invoiceId)
                .query(Integer.class)
                .optional()
                .orElse(0));
  }

  @Test
  void a_removed_card_is_detached_at_stripe_and_never_charged() throws Exception {
    UUID card = saveStripeCard();
    stripe.stubFor(
        post(urlEqualTo("/v1/payment_methods/pm_card_1/detach"))
            .willReturn(
                json(
                    """
                    {"id":"pm_card_1","object":"payment_method","type":"card","customer":null,
                     "card":{"brand":"visa","last4":"4242","exp_month":12,"exp_year":2031},
                     "livemode":false,"metadata":{}}
                    """)));
    Answer removed = call(HttpMethod.DELETE, "/api/v1/payment-methods/" + card, t.token(), null);
    assertThat(removed.status()).isEqualTo(204);
    assertThat(stripe.findAll(postRequestedFor(urlEqualTo("/v1/payment_methods/pm_card_1/detach"))))
        .hasSize(1);
    assertThat(inTenant(t.tenantId(), () -> payments.savedMethods(Payer.member(asel)))).isEmpty();
    Invoice inv = issueSeed(t, asel);
    assertThat(inTenant(t.tenantId(), () -> payments.chargeAutopay(inv.id()))).isEmpty();
    Thread.sleep(500);
    assertThat(stripe.findAll(postRequestedFor(urlEqualTo("/v1/payment_intents")))).isEmpty();
    assertThat(call(HttpMethod.DELETE, "/api/v1/payment-methods/" + card, t.token(), null).status())
        .isEqualTo(404);
  }

  private java.util.List<Message> receipts() {
    return inTenant(t.tenantId(), () -> messages.history(asel, 20)).stream()
        .filter(m -> m.dedupeKey() != null && m.dedupeKey().startsWith("receipt:"))
        .toList();
  }

  @Test
  void a_refund_of_a_card_payment_goes_back_through_stripe() throws Exception {
    stubSession("cs_test_e1");
    stripe.stubFor(
        post(urlEqualTo("/v1/refunds"))
            .willReturn(
                json(
                    "{\"id\":\"re_E1\",\"object\":\"refund\",\"amount\":100000,\"currency\":\"kzt\",\"payment_intent\":\"pi_E1\",\"status\":\"succeeded\"}")));
    Invoice inv = issueSeed(t, asel);
    call(HttpMethod.POST, "/api/v1/invoices/" + inv.id() + "/checkout", t.token(), null);
    String event = sessionCompleted("evt_E1", "cs_test_e1", "pi_E1", 9630000);
    assertThat(webhook(event, sign(event, WEBHOOK_SECRET)).status()).isEqualTo(200);
    Payment p =
        inTenant(
                t.tenantId(),
                () -> payments.list(new PaymentQuery(null, null, inv.id(), null, null, 10)))
            .getFirst();
    Payment refunded =
        inTenant(
            t.tenantId(),
            () ->
                payments.refund(
                    p.id(), new RefundRequest(new BigDecimal("1000"), "Printer jammed")));
    assertThat(refunded.refunds())
        .singleElement()
        .satisfies(r -> assertThat(r.providerRef()).isEqualTo("re_E1"));
    String sent = form(stripe.findAll(postRequestedFor(urlEqualTo("/v1/refunds"))).getFirst());
    assertThat(sent).contains("payment_intent=pi_E1").contains("amount=100000");
    assertThat(invoice(t, inv.id()).amountDue()).isEqualByComparingTo("1000");
  }
}
