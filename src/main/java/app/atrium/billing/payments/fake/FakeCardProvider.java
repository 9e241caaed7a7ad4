package app.atrium.billing.payments.fake;

import app.atrium.billing.BillingProperties;
import app.atrium.billing.PaymentProviderKind;
import app.atrium.billing.payments.PaymentProvider;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The demo's card payments, without any real provider: the checkout is a page of this app where the
 * member types a test card ({@link FakeCards}); saved "cards" charge the same way.
 */
@Component
public class FakeCardProvider implements PaymentProvider {

  /** Where a fake checkout page lives (followed by the attempt's id). */
  public static final String PAGE = "/portal/billing/pay/";

  private final BillingProperties properties;

  FakeCardProvider(BillingProperties properties) {
    this.properties = properties;
  }

  @Override
  public PaymentProviderKind kind() {
    return PaymentProviderKind.FAKE_CARD;
  }

  @Override
  public boolean available() {
    return true;
  }

  @Override
  public ProviderCheckout createCheckout(CheckoutCall call) {
    String customer =
        call.customerRef() != null ? call.customerRef() : "fake_cus_" + UUID.randomUUID();
    return new ProviderCheckout(
        "fake_cs_" + call.attemptId(),
        properties.publicUrl() + PAGE + call.attemptId(),
        null,
        customer);
  }

  @Override
  public ProviderCharge charge(ChargeCall call) {
    String ref = "fake_pi_" + call.attemptId();
    return switch (FakeCards.outcomeOfSaved(call.methodRef())) {
      case PAID -> new ProviderCharge(ref, true, null);
      case DECLINED -> new ProviderCharge(ref, false, FakeCards.DECLINED_MESSAGE);
      case NOT_A_TEST_CARD -> new ProviderCharge(ref, false, "Unknown test card.");
    };
  }

  @Override
  public ProviderRefund refund(RefundCall call) {
    return new ProviderRefund("fake_re_" + call.refundId());
  }
}
