package app.atrium.plans;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Cancels a membership. Open-ended: it ends on the last day of this month, or of a later month
 * given as {@code endsOn}. Fixed term: it ends at the term's end (and is not renewed), or earlier
 * on {@code endsOn} (today or later). One that has not started yet never runs.
 */
public record Cancellation(LocalDate endsOn, @Size(max = 500) String reason) {}
