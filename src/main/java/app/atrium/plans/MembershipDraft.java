package app.atrium.plans;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Puts a member on an active plan at a home location from a date. Optional: term (DAY for a day
 * plan, else OPEN_ENDED), prepaid (false; fixed terms only), price (the plan's list price: the
 * agreed monthly price, at least the list price on a "from" plan and at most it otherwise),
 * priceNote (why it differs, e.g. "annual prepay −10 %"), autopay (false), the assigned desk or
 * office as a spaces resource and, for a resource of several units, which unit.
 */
public record MembershipDraft(
    @NotNull UUID memberId,
    @NotNull UUID planId,
    @NotNull UUID locationId,
    @NotNull LocalDate startsOn,
    MembershipTerm term,
    Boolean prepaid,
    @DecimalMin("0") @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2)
        BigDecimal price,
    @Size(max = 200) String priceNote,
    Boolean autopay,
    UUID workspaceResourceId,
    UUID workspaceUnitId) {

  /** An open-ended (or, on a day plan, one-day) membership at the list price, no autopay. */
  public MembershipDraft(UUID memberId, UUID planId, UUID locationId, LocalDate startsOn) {
    this(memberId, planId, locationId, startsOn, null, null, null, null, null, null, null);
  }
}
