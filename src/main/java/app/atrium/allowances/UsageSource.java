package app.atrium.allowances;

/** What an allowance entry comes from. */
public enum UsageSource {
  /** A booking of a resource that draws on included hours. */
  BOOKING,
  /** A service added by staff or the member (printing, coffee, a guest pass …). */
  SERVICE,
  /** A usage event reported by a device (printer, coffee machine). */
  DEVICE,
  /** A grant from the holder's memberships for the period. */
  MEMBERSHIP,
  /** A correction by staff, with a reason. */
  ADJUSTMENT
}
