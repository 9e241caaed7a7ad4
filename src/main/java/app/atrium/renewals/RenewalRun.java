package app.atrium.renewals;

import java.time.LocalDate;
import java.util.List;

/**
 * What one renewal check did for a coworking on {@code checkedOn}: the fixed terms it found ending
 * in the notice period, and what it newly sent, renewed and created (a second run on the same day
 * does nothing again); {@code problems} names what could not be done.
 */
public record RenewalRun(
    LocalDate checkedOn,
    int endingSoon,
    int remindersSent,
    int renewed,
    int tasksCreated,
    List<String> problems) {

  public RenewalRun {
    problems = List.copyOf(problems);
  }
}
