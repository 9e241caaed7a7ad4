package app.atrium.plans;

import app.atrium.platform.money.Money;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A recurring service on a membership: {@code quantity} of {@code kind} at {@code price} per month
 * each, or included by the plan (price 0), from {@code startsOn} to {@code endsOn} inclusive (null:
 * as long as the membership runs).
 */
public record AddOn(
    UUID id,
    UUID membershipId,
    Extra kind,
    int quantity,
    Money price,
    boolean included,
    LocalDate startsOn,
    LocalDate endsOn,
    String note) {}
