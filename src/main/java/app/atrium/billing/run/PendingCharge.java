package app.atrium.billing.run;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/**
 * A one-off charge or a discount staff put on a member's (or a company's) next regular invoice:
 * {@code amount}, or for a discount {@code percent} of that invoice's membership fees and add-ons.
 * The invoice run of {@code billFrom} or later bills it once ({@code invoiceId}); until then it can
 * be cancelled with a reason.
 */
public record PendingCharge(
    UUID id,
    UUID memberId,
    UUID companyId,
    Kind kind,
    String description,
    BigDecimal amount,
    BigDecimal percent,
    YearMonth billFrom,
    Instant createdAt,
    String createdBy,
    UUID invoiceId,
    Instant cancelledAt,
    String cancelReason) {

  /** A charge adds to the invoice, a discount takes off it. */
  public enum Kind {
    ONE_OFF,
    DISCOUNT
  }

  /** Where a charge stands. */
  public enum Status {
    PENDING,
    BILLED,
    CANCELLED
  }

  @JsonProperty
  public Status status() {
    if (invoiceId != null) return Status.BILLED;
    return cancelledAt != null ? Status.CANCELLED : Status.PENDING;
  }
}
