package app.atrium.billing;

/** The current tenant's billing profile and logo. */
public interface BillingSettings {

  /** The profile, created with defaults (the home location's time zone) on first use. */
  BillingProfile profile();

  BillingProfile update(BillingProfile profile);

  /** Sets the logo shown on invoices: a PNG or JPEG of at most 512 KiB. */
  void setLogo(byte[] image, String contentType);

  void removeLogo();
}
