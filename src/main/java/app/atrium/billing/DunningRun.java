package app.atrium.billing;

import java.time.LocalDate;

/**
 * What a dunning run did on {@code day}: reminders sent (steps, whatever the number of recipients),
 * final steps reached (each with a staff task) and the invoices looked at.
 */
public record DunningRun(LocalDate day, int reminders, int finalSteps, int invoicesChecked) {}
