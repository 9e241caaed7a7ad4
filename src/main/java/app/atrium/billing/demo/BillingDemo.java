package app.atrium.billing.demo;

import app.atrium.billing.BillingProfile;
import app.atrium.billing.BillingProfile.OnlineProvider;
import app.atrium.billing.BillingSettings;
import app.atrium.platform.demo.DemoContributor;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
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
    settings.setLogo(logo(), "image/png");
  }

  /** A small drawn mark: the brand's green tile with a light arch. */
  static byte[] logo() {
    var image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(new Color(0x2f6f5e));
      g.fillRoundRect(0, 0, 80, 80, 18, 18);
      g.setColor(new Color(0xe8f3ef));
      g.fillArc(16, 18, 48, 76, 0, 180);
      g.setColor(new Color(0x2f6f5e));
      g.fillRect(30, 42, 20, 38);
      g.fillRoundRect(96, 22, 130, 12, 6, 6);
      g.setColor(new Color(0x9fb3ad));
      g.fillRoundRect(96, 46, 96, 10, 6, 6);
    } finally {
      g.dispose();
    }
    try (var out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
