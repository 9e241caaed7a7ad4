package app.atrium.plans;

/** The workplace a plan includes. */
public enum Workplace {
  /** Any free hot desk. */
  ANY_DESK,
  /** A desk of one's own. */
  FIXED_DESK,
  PRIVATE_OFFICE,
  /** No workplace (e.g. a virtual office). */
  NONE
}
