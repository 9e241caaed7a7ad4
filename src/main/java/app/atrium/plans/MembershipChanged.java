package app.atrium.plans;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a membership grants may have changed from {@code from} on (a freeze, a plan change made or
 * scheduled, a cancellation, a renewal): published synchronously inside the transaction of the
 * change, so a listener can re-grant the balances of the periods from {@code from}'s month on.
 */
public record MembershipChanged(UUID membershipId, UUID memberId, LocalDate from) {}
