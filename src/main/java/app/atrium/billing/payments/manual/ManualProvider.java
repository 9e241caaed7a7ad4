package app.atrium.billing.payments.manual;

import app.atrium.billing.PaymentProviderKind;
import app.atrium.billing.payments.PaymentProvider;
import app.atrium.billing.payments.ProviderRefused;
import org.springframework.stereotype.Component;

/**
 * Bank transfers and cash at reception: staff record the money (there is nothing to redirect to or
 * charge), and hand a refund back themselves, which is then recorded.
 */
@Component
class ManualProvider implements PaymentProvider {

  @Override
  public PaymentProviderKind kind() {
    return PaymentProviderKind.MANUAL;
  }

  @Override
  public boolean available() {
    return true;
  }

  @Override
  public ProviderCheckout createCheckout(CheckoutCall call) {
    throw new ProviderRefused(
        "Bank transfers and cash are recorded by staff (POST /api/v1/payments); choose an online"
            + " provider in the billing profile to pay online.");
  }

  @Override
  public ProviderCharge charge(ChargeCall call) {
    throw new ProviderRefused("A bank transfer or cash cannot be charged automatically.");
  }

  @Override
  public ProviderRefund refund(RefundCall call) {
    return new ProviderRefund(null);
  }
}
