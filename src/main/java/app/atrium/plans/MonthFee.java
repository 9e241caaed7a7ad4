package app.atrium.plans;

import app.atrium.plans.domain.Fee;
import java.util.UUID;

/** What membership {@code membershipId} of member {@code memberId} costs in a month. */
public record MonthFee(UUID membershipId, UUID memberId, Fee fee) {}
