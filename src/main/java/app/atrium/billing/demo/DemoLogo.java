package app.atrium.billing.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** The demo coworking's logo, drawn rather than shipped: the brand's green tile with an arch. */
public final class DemoLogo {

  private DemoLogo() {}

  /** The logo as a PNG. */
  public static byte[] png() {
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
