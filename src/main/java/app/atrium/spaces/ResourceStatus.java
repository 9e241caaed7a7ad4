package app.atrium.spaces;

/** An archived resource is kept for history but can no longer be booked. */
public enum ResourceStatus {
  ACTIVE,
  ARCHIVED
}
