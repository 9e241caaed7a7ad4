package app.atrium.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A day pass sold to a member: the membership of one {@code day} on the day plan {@code planName}
 * at the agreed {@code price} (what the invoice charges for it).
 */
public record DayPassSale(
    UUID membershipId, UUID memberId, LocalDate day, String planName, BigDecimal price) {}
