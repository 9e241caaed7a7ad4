package app.atrium.plans;

/** Whether a membership still runs. */
public enum MembershipStatus {
  ACTIVE,
  ENDED
}
