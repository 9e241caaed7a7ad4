package app.atrium.plans;

/** Whose balance a membership's allowances feed. */
public enum AllowancePool {
  /** The member's own. */
  MEMBER,
  /** Shared by the people of the member's company on such plans. */
  COMPANY
}
