package app.atrium.plans.domain;

import app.atrium.plans.Extra;
import app.atrium.platform.money.Money;
import java.util.UUID;

/**
 * A recurring add-on over {@code days}: {@code quantity} at {@code price} per month each, or
 * included by the plan.
 */
public record AddOnSpan(
    UUID id, Extra kind, int quantity, Money price, boolean included, Days days) {}
