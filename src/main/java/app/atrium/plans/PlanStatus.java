package app.atrium.plans;

/** An archived plan is no longer sold; memberships on it carry on. */
public enum PlanStatus {
  ACTIVE,
  ARCHIVED
}
