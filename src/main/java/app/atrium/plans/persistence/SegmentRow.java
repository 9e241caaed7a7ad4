package app.atrium.plans.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A {@code membership_plan} row: the plan (and, as read, its name) and agreed price from {@code
 * startsOn} on.
 */
public record SegmentRow(
    UUID membershipId,
    LocalDate startsOn,
    UUID planId,
    BigDecimal price,
    String note,
    String planName) {

  public SegmentRow(
      UUID membershipId, LocalDate startsOn, UUID planId, BigDecimal price, String note) {
    this(membershipId, startsOn, planId, price, note, null);
  }
}
