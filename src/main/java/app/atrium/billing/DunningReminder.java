package app.atrium.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A reminder step sent for an overdue invoice: the {@code step}-th of the policy, {@code
 * daysOverdue} after the due date, to {@code recipients} people; {@code finalStep} for the last.
 */
public record DunningReminder(
    UUID invoiceId,
    int step,
    int daysOverdue,
    boolean finalStep,
    LocalDate sentOn,
    int recipients,
    Instant createdAt) {}
