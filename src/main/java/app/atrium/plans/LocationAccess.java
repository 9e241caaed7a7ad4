package app.atrium.plans;

/** Which of the tenant's locations a plan opens. */
public enum LocationAccess {
  /** The membership's home location only. */
  HOME,
  ALL
}
