package app.atrium.billing;

/** Through whom money arrives. */
public enum PaymentProviderKind {
  /** Recorded by staff: a bank transfer or cash at reception. */
  MANUAL,
  STRIPE,
  /** The demo's card page: 4242 4242 4242 4242 pays, 4000 0000 0000 0002 is declined. */
  FAKE_CARD
}
