package app.atrium.billing;

/** How the money came. */
public enum PaymentMethodKind {
  BANK_TRANSFER,
  CASH,
  CARD
}
