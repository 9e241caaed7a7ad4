package app.atrium.services;

import app.atrium.plans.AllowanceKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An add-on service of the tenant's catalogue: {@code price} per {@code unit} in {@code currency};
 * a use draws on the member's {@code allowanceKind} first when set, and members on one of {@code
 * includedPlanIds} get it at no charge. {@code bookingExtra}: offered on bookings (a projector with
 * a room, a coffee break per person).
 */
public record AddOn(
    UUID id,
    String code,
    String name,
    AddOnUnit unit,
    BigDecimal price,
    String currency,
    AllowanceKind allowanceKind,
    Set<UUID> includedPlanIds,
    boolean bookingExtra,
    AddOnStatus status,
    int sortOrder,
    Instant createdAt) {

  public AddOn {
    includedPlanIds = Set.copyOf(includedPlanIds);
  }

  public boolean active() {
    return status == AddOnStatus.ACTIVE;
  }

  /** Whether it may be ticked on a booking now: offered as an extra and not archived. */
  public boolean offeredOnBookings() {
    return bookingExtra && active();
  }

  /** Whether members on {@code planId} get it included. */
  public boolean includedIn(UUID planId) {
    return includedPlanIds.contains(planId);
  }
}
