package app.atrium.platform.security;

/** What a person may do in one tenant. */
public enum Role {
  OWNER,
  ADMIN,
  ACCOUNTANT,
  MEMBER;

  public boolean isStaff() {
    return this != MEMBER;
  }

  public String authority() {
    return "ROLE_" + name();
  }
}
