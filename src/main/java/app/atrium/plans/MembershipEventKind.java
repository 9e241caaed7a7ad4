package app.atrium.plans;

/** What happened to a membership (its history). */
public enum MembershipEventKind {
  STARTED,
  DAY_PASS_SOLD,
  FROZEN,
  FREEZE_REMOVED,
  UPGRADED,
  DOWNGRADE_SCHEDULED,
  SCHEDULED_CHANGE_CANCELLED,
  CANCELLED,
  RENEWED,
  ADD_ON_ADDED,
  ADD_ON_ENDED,
  AUTOPAY_ON,
  AUTOPAY_OFF,
  WORKSPACE_ASSIGNED,
  WORKSPACE_RELEASED
}
