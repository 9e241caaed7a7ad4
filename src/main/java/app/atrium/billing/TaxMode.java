package app.atrium.billing;

/** The tenant's tax setting: no tax, or a rate included in the prices or added to them. */
public enum TaxMode {
  NONE,
  /** Prices include the tax; the invoice shows how much of the total it is. */
  INCLUSIVE,
  /** Prices are net; a TAX line adds the rate on the invoice's net total. */
  EXCLUSIVE
}
