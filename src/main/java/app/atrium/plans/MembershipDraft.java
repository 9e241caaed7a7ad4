package app.atrium.plans;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/** Puts a member on an active plan at a home location from a date. */
public record MembershipDraft(
    @NotNull UUID memberId,
    @NotNull UUID planId,
    @NotNull UUID locationId,
    @NotNull LocalDate startsOn) {}
