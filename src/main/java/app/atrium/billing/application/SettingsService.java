package app.atrium.billing.application;

import app.atrium.billing.BillingProfile;
import app.atrium.billing.BillingSettings;
import app.atrium.billing.persistence.ProfileStore;
import app.atrium.platform.web.AtriumException;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The billing profile and logo. */
@Service
class SettingsService implements BillingSettings {

  static final int MAX_LOGO = 512 * 1024;

  private final ProfileStore profiles;
  private final BillingContext context;

  SettingsService(ProfileStore profiles, BillingContext context) {
    this.profiles = profiles;
    this.context = context;
  }

  @Override
  @Transactional
  public BillingProfile profile() {
    return context.profile();
  }

  @Override
  @Transactional
  public BillingProfile update(BillingProfile p) {
    try {
      ZoneId.of(p.timeZone());
    } catch (DateTimeException | NullPointerException e) {
      throw AtriumException.invalid("timeZone", "is not a time zone such as Asia/Almaty");
    }
    if (p.invoicePrefix().equals(p.creditNotePrefix())) {
      throw AtriumException.invalid("creditNotePrefix", "must differ from the invoice prefix");
    }
    context.profile();
    profiles.update(
        new BillingProfile(
            strip(p.address()),
            strip(p.email()),
            strip(p.phone()),
            strip(p.bankDetails()),
            p.timeZone(),
            p.paymentTermsDays(),
            p.invoicePrefix(),
            p.creditNotePrefix(),
            p.onlineProvider(),
            false),
        context.clock().instant());
    return context.profile();
  }

  @Override
  @Transactional
  public void setLogo(byte[] image, String contentType) {
    if (image == null || image.length == 0) throw AtriumException.invalid("logo", "is empty");
    if (image.length > MAX_LOGO) throw AtriumException.invalid("logo", "must be at most 512 KiB");
    String type = sniff(image);
    if (type == null) throw AtriumException.invalid("logo", "must be a PNG or JPEG image");
    context.profile();
    profiles.setLogo(image, type, context.clock().instant());
  }

  @Override
  @Transactional
  public void removeLogo() {
    context.profile();
    profiles.setLogo(null, null, context.clock().instant());
  }

  /** The image's real type by its first bytes (whatever the upload claimed). */
  static String sniff(byte[] b) {
    if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G')
      return "image/png";
    if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff)
      return "image/jpeg";
    return null;
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }
}
