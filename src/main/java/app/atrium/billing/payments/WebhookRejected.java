package app.atrium.billing.payments;

import app.atrium.platform.web.AtriumException;
import org.springframework.http.HttpStatus;

/** A webhook delivery that is not what it claims (bad signature, stale, unreadable): a 400. */
public class WebhookRejected extends AtriumException {

  public WebhookRejected(String message) {
    super(HttpStatus.BAD_REQUEST, "webhook-rejected", message);
  }
}
