package app.atrium.renewals;

import app.atrium.platform.security.Role;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A coworking's renewal rules: the reminder (and the call task) {@code remindDaysBefore} days
 * before a fixed term ends (1–60, default 7); call tasks go to the first staff member with {@code
 * assigneeRole} (OWNER, ADMIN or ACCOUNTANT; null: the first admin, else the owner).
 */
public record RenewalSettings(@Min(1) @Max(60) int remindDaysBefore, Role assigneeRole) {

  public static final int DEFAULT_DAYS = 7;

  public static RenewalSettings defaults() {
    return new RenewalSettings(DEFAULT_DAYS, null);
  }
}
