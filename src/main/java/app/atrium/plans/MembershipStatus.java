package app.atrium.plans;

/**
 * Whether a membership counts: ACTIVE ones run between their dates (and may end by them); ENDED
 * ones were cancelled before they started and never run.
 */
public enum MembershipStatus {
  ACTIVE,
  ENDED
}
