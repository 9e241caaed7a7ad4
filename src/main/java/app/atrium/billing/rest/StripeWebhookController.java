package app.atrium.billing.rest;

import app.atrium.billing.PaymentProviderKind;
import app.atrium.billing.application.OnlinePayments;
import app.atrium.billing.application.OnlinePayments.WebhookResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Stripe's webhook: no login, trusted only by its signature. */
@RestController
@RequestMapping("/api/v1/payments/webhooks")
@Tag(name = "Payments")
class StripeWebhookController {

  private final OnlinePayments online;

  StripeWebhookController(OnlinePayments online) {
    this.online = online;
  }

  @Operation(
      summary = "Stripe webhook endpoint",
      description =
          "Verified with the endpoint's signing secret (Stripe-Signature); a bad or stale"
              + " signature is a 400 and changes nothing. Each event is processed once by its id:"
              + " checkout.session.completed / async_payment_succeeded and payment_intent.succeeded"
              + " mark the invoice paid; failures and expiries close the attempt.")
  @SecurityRequirements
  @PostMapping("/stripe")
  Map<String, String> stripe(
      @RequestBody String payload,
      @RequestHeader(name = "Stripe-Signature", required = false) String signature) {
    WebhookResult result = online.webhook(PaymentProviderKind.STRIPE, payload, signature);
    return Map.of("result", result.name());
  }
}
