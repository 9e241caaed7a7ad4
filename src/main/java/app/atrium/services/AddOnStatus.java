package app.atrium.services;

/** A service is archived, never deleted: usage keeps pointing at it. */
public enum AddOnStatus {
  ACTIVE,
  ARCHIVED
}
