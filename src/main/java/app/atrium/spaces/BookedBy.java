package app.atrium.spaces;

/** Who may book resources of a type. */
public enum BookedBy {
  /** Members book for themselves (and staff for them). */
  MEMBERS,
  /** Only staff book it, e.g. the event zone for an event and its organisers. */
  STAFF_ONLY
}
