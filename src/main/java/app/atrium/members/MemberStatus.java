package app.atrium.members;

/** Whether a member is a current one; archiving keeps her history and can be undone. */
public enum MemberStatus {
  ACTIVE,
  ARCHIVED
}
