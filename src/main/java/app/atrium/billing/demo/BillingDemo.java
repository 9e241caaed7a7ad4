package app.atrium.billing.demo;

import app.atrium.billing.BillingProfile;
import app.atrium.billing.BillingProfile.OnlineProvider;
import app.atrium.billing.BillingSettings;
import app.atrium.platform.demo.DemoContributor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo coworking's billing profile: its address and bank details on invoices, ten days to pay,
 * a drawn logo, and the fake card page for paying online (no real provider in a demo). Not a VAT
 * payer: that is the tenant's own tax setting, NONE.
 */
@Component
@Order(60)
class BillingDemo implements DemoContributor {

  private final BillingSettings settings;

  BillingDemo(BillingSettings settings) {
    this.settings = settings;
  }

  @Override
  public void seed(DemoTenant tenant) {
    settings.update(
        new BillingProfile(
            "050000, Алматы, пр. Абая 10",
            "billing@demo.atrium",
            "+7 727 355 00 10",
            "АО «Kaspi Bank», БИК CASPKZKA\nИИК KZ12 7220 0000 0000 1234, КБе 17",
            tenant.zone().getId(),
            10,
            "INV",
            "CN",
            OnlineProvider.FAKE_CARD,
            false));
    settings.setLogo(DemoLogo.png(), "image/png");
  }
}
