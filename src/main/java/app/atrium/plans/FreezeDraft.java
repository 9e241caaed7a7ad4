package app.atrium.plans;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Freezes a membership for whole days, first to last inclusive; the reason is optional. */
public record FreezeDraft(
    @NotNull LocalDate firstDay, @NotNull LocalDate lastDay, @Size(max = 500) String reason) {}
