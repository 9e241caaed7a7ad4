package app.atrium.billing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * How a coworking chases unpaid invoices: reminders {@code reminderDays} days after the due date (1
 * to 6 of them, ascending, default 3, 7 and 14); after the last, a staff task, and with {@code
 * suspendAccess} the payer's door access is suspended until the invoice is paid. {@code enabled}
 * false sends nothing.
 */
public record DunningPolicy(
    @NotNull Boolean enabled,
    @NotNull @Size(min = 1, max = 6) List<@NotNull Integer> reminderDays,
    @NotNull Boolean suspendAccess) {

  public static final DunningPolicy DEFAULT = new DunningPolicy(true, List.of(3, 7, 14), false);

  public DunningPolicy {
    reminderDays = reminderDays == null ? null : List.copyOf(reminderDays);
  }

  /** The days of the last reminder, after which staff get a task. */
  public int lastDay() {
    return reminderDays.getLast();
  }
}
