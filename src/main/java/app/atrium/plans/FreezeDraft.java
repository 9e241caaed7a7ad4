package app.atrium.plans;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Freezes a membership for whole days, first to last inclusive (both required); the reason is
 * optional.
 */
public record FreezeDraft(LocalDate firstDay, LocalDate lastDay, @Size(max = 500) String reason) {}
