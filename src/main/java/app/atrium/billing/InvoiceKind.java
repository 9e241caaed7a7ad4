package app.atrium.billing;

/** Whether an invoice is the monthly one of its payer and period or any other. */
public enum InvoiceKind {
  /** The invoice of the monthly run: at most one per payer and period, whatever happens. */
  REGULAR,
  /** A single charge issued by staff, as many as needed. */
  ONE_OFF
}
