package app.atrium.plans.domain;

import app.atrium.platform.money.Money;
import java.util.UUID;

/**
 * One line of what a membership costs in a month: {@code dayCount} of the {@code daysInMonth} days
 * of {@code days} at {@code unitPrice} (per month; per day for a day pass and a freeze fee), times
 * {@code quantity}, making {@code amount}, rounded half-up to the currency's minor unit. Credits
 * are negative. {@code refId} is the plan's id, or the add-on's; {@code label} the plan's name or
 * the add-on's kind.
 */
public record FeeLine(
    Kind kind,
    UUID refId,
    String label,
    Days days,
    long dayCount,
    int daysInMonth,
    Money unitPrice,
    int quantity,
    Money amount) {

  /** What a line charges or credits. */
  public enum Kind {
    /** The plan's fee for the days it runs unfrozen (a share of the monthly price). */
    MEMBERSHIP,
    /** A day plan's price per day. */
    DAY_PASS,
    /** The plan's fee per frozen day. */
    FREEZE_FEE,
    /** Back for frozen days of a month already charged in full. */
    FREEZE_CREDIT,
    /** A recurring add-on's share of its monthly price (zero when the plan includes it). */
    ADD_ON,
    /** Back for the old plan's days after an upgrade. */
    UPGRADE_CREDIT,
    /** The new plan's share for the rest of the month after an upgrade. */
    UPGRADE_CHARGE
  }
}
