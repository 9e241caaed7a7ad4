package app.atrium.billing.payments;

import app.atrium.platform.web.AtriumException;
import org.springframework.http.HttpStatus;

/** The provider cannot do this, or refused it: a 409 the caller can act on. */
public class ProviderRefused extends AtriumException {

  public ProviderRefused(String message) {
    super(HttpStatus.CONFLICT, "payment-provider-refused", message);
  }
}
