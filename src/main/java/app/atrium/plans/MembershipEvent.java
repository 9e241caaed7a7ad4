package app.atrium.plans;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One entry of a membership's history: what happened, when and by whom ({@code actorAccountId}
 * null: the system), with the days, plan and amount it concerned where it has them.
 */
public record MembershipEvent(
    UUID id,
    UUID membershipId,
    Instant at,
    UUID actorAccountId,
    String actorName,
    MembershipEventKind kind,
    LocalDate firstDay,
    LocalDate lastDay,
    String planName,
    BigDecimal amount,
    String note) {}
