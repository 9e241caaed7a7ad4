package app.atrium.plans;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * Moves a membership to another plan ({@code planId}, required): an upgrade (a dearer monthly
 * price) at once, a downgrade at the next month's start. {@code price} is the agreed monthly price
 * (default: the plan's list price); {@code workspaceResourceId} and {@code workspaceUnitId} assign
 * a desk or an office when the new plan has one.
 */
public record PlanChange(
    UUID planId,
    @DecimalMin("0") @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2)
        BigDecimal price,
    @Size(max = 200) String priceNote,
    UUID workspaceResourceId,
    UUID workspaceUnitId) {

  public PlanChange(UUID planId) {
    this(planId, null, null, null, null);
  }
}
