package app.atrium.plans;

import app.atrium.platform.money.Money;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A membership on one plan at one agreed price from {@code startsOn} to {@code endsOn} inclusive
 * (null: until the membership ends). A segment that starts after today is a scheduled change.
 */
public record PlanSegment(
    LocalDate startsOn, LocalDate endsOn, UUID planId, String planName, Money price, String note) {}
