package app.atrium.plans.application;

import app.atrium.platform.web.AtriumException;
import java.util.function.Supplier;
import org.postgresql.util.PSQLException;
import org.springframework.dao.DataAccessException;

/** The database has the last word: a refused write becomes a problem named by its constraint. */
public final class Refusals {

  private Refusals() {}

  public static <T> T guard(Supplier<T> write) {
    try {
      return write.get();
    } catch (DataAccessException e) {
      throw map(e);
    }
  }

  public static void guard(Runnable write) {
    guard(
        () -> {
          write.run();
          return null;
        });
  }

  static RuntimeException map(DataAccessException e) {
    String constraint = null;
    for (Throwable t = e; t != null && constraint == null; t = t.getCause()) {
      if (t instanceof PSQLException p && p.getServerErrorMessage() != null) {
        constraint = p.getServerErrorMessage().getConstraint();
      }
    }
    if (constraint == null) return e;
    return switch (constraint) {
      case "membership_member_fk" -> AtriumException.invalid("memberId", "no such member");
      case "membership_plan_plan_fk" -> AtriumException.invalid("planId", "no such plan");
      case "membership_location_fk" -> AtriumException.invalid("locationId", "no such location");
      case "membership_workspace_resource_fk" ->
          AtriumException.invalid("workspaceResourceId", "no such resource");
      case "membership_workspace_unit_fk" ->
          AtriumException.invalid("workspaceUnitId", "no such unit");
      case "membership_workspace_taken" ->
          AtriumException.conflict(
              "workspace-taken",
              "This desk or office is already held by another membership for some of these days;"
                  + " choose another one or release it there first.");
      case "membership_freeze_overlap" ->
          AtriumException.conflict(
              "freeze-overlaps",
              "These days overlap a freeze of this membership; choose days that are not frozen"
                  + " yet.");
      case "membership_addon_overlap" ->
          AtriumException.conflict(
              "add-on-overlaps",
              "The membership already has this add-on for some of these days; end it first, or"
                  + " change its quantity by ending it and adding it again.");
      default -> e;
    };
  }
}
