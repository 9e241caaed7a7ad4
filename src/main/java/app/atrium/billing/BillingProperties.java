package app.atrium.billing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Billing settings of the deployment (each tenant's own are its {@link BillingProfile}).
 *
 * @param publicUrl where members reach the app: the base of pay links and of the pages a checkout
 *     returns to
 * @param stripe the Stripe account (secrets only from the environment)
 */
@ConfigurationProperties("atrium.billing")
public record BillingProperties(
    @DefaultValue("http://localhost:8080") String publicUrl, @DefaultValue Stripe stripe) {

  /**
   * Stripe: a secret API key, the webhook endpoint's signing secret, the API base (tests point it
   * at a stand-in) and how old a signed webhook may be.
   */
  public record Stripe(
      String secretKey,
      String webhookSecret,
      @DefaultValue("https://api.stripe.com") String apiBase,
      @DefaultValue("300") long webhookToleranceSeconds) {

    public boolean configured() {
      return secretKey != null
          && !secretKey.isBlank()
          && webhookSecret != null
          && !webhookSecret.isBlank();
    }
  }
}
