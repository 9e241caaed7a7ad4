package app.atrium.pricing;

/** A price rule either sets a rate or adjusts the rated amount by a percentage. */
public enum RuleKind {
  /** An amount per {@link RateUnit}; the most specific applicable rate wins. */
  RATE,
  /**
   * A percentage of the rated amount: negative is a discount (weekend −30), positive a surcharge.
   */
  ADJUSTMENT
}
