package app.atrium.spaces;

/** How a resource is occupied by bookings. */
public enum ResourceKind {
  /** One booking at a time: a meeting room, a phone booth, a private office, a projector. */
  EXCLUSIVE,
  /** N interchangeable units: hot desks of an open space, lockers, parking spots. */
  CAPACITY,
  /** Made of exclusive resources: booking it occupies all of its parts (an event zone). */
  COMPOSITE
}
