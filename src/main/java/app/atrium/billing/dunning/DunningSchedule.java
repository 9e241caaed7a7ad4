package app.atrium.billing.dunning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Which reminder an overdue invoice is due for, as a pure function of the policy's days, the due
 * date, today and the last step sent. Only the latest step reached is sent: after a pause (the
 * server was down over a step's day) the invoice gets one reminder, not a burst of old ones.
 */
public final class DunningSchedule {

  private DunningSchedule() {}

  /** A reminder step: the {@code index}-th (from 1) of the policy, {@code days} after due. */
  public record Step(int index, int days, boolean last) {}

  /**
   * The step to send today, if any: the latest whose day ({@code dueDate} + its days) has come and
   * that is after {@code lastSent} (0: none sent yet).
   */
  public static Optional<Step> due(
      List<Integer> days, LocalDate dueDate, LocalDate today, int lastSent) {
    long overdue = ChronoUnit.DAYS.between(dueDate, today);
    Step reached = null;
    for (int i = 0; i < days.size(); i++) {
      if (days.get(i) <= overdue) reached = new Step(i + 1, days.get(i), i == days.size() - 1);
    }
    if (reached == null || reached.index() <= lastSent) return Optional.empty();
    return Optional.of(reached);
  }

  /** Checks a policy's days: 1 to 6 of them, each 1 to 365, strictly ascending; null if fine. */
  public static String problem(List<Integer> days) {
    if (days == null || days.isEmpty() || days.size() > 6) return "give 1 to 6 days";
    for (int i = 0; i < days.size(); i++) {
      Integer d = days.get(i);
      if (d == null || d < 1 || d > 365) return "each day must be between 1 and 365";
      if (i > 0 && d <= days.get(i - 1)) return "must be in ascending order without repeats";
    }
    return null;
  }
}
