package app.atrium.billing;

/**
 * Where an invoice stands. A DRAFT has no number and may change; from ISSUED on the status follows
 * the amounts paid and credited: PARTIALLY_PAID, PAID (nothing left due), VOID (credited in full
 * with nothing paid).
 */
public enum InvoiceStatus {
  DRAFT,
  ISSUED,
  PARTIALLY_PAID,
  PAID,
  VOID;

  /** Whether money is still due on it. */
  public boolean open() {
    return this == ISSUED || this == PARTIALLY_PAID;
  }
}
