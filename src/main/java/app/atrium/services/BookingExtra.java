package app.atrium.services;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * An extra on a booking, priced as the member pays it: {@code quantity} of the service, {@code
 * includedQuantity} of it free (her plan includes it, or her allowance covers it), the rest at
 * {@code unitPrice}, making {@code amount} in {@code currency}. Read back from a booking, the
 * quantities and the amount are net of corrections (all zero once taken back) and {@code usageId}
 * is the usage row that records it; in a quote {@code usageId} is null.
 */
public record BookingExtra(
    UUID serviceId,
    String serviceCode,
    String serviceName,
    AddOnUnit unit,
    BigDecimal quantity,
    BigDecimal includedQuantity,
    BigDecimal unitPrice,
    BigDecimal amount,
    String currency,
    UUID usageId) {

  /** Whether it was taken back in full (a booking cancelled in time). */
  public boolean takenBack() {
    return quantity.signum() == 0;
  }
}
