package app.atrium.services;

import app.atrium.plans.AllowanceKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/**
 * One frozen row of a member's usage: {@code quantity} of a service at {@code occurredAt} (in the
 * month {@code period} at her home location), split into {@code includedQuantity} (by her plan,
 * {@code planIncluded}, or from her {@code allowanceKind} allowance) and {@code paidQuantity} at
 * {@code unitPrice}, making {@code amount}. A correction has negative quantities, a {@code reason}
 * and {@code correctsId}; {@code payerCompanyId} is set when her company pays; {@code bookingId}
 * names the booking an extra was recorded with (its corrections name it too).
 */
public record ServiceUsage(
    UUID id,
    UUID memberId,
    UUID serviceId,
    String serviceCode,
    String serviceName,
    AddOnUnit unit,
    BigDecimal quantity,
    BigDecimal includedQuantity,
    BigDecimal paidQuantity,
    BigDecimal unitPrice,
    BigDecimal amount,
    String currency,
    boolean planIncluded,
    AllowanceKind allowanceKind,
    YearMonth period,
    Instant occurredAt,
    Instant recordedAt,
    Source source,
    String recordedBy,
    UUID recordedByAccountId,
    UUID deviceId,
    String note,
    UUID correctsId,
    String reason,
    UUID payerCompanyId,
    UUID bookingId) {

  /** Who recorded a usage. */
  public enum Source {
    /** The front desk, on the member card or through the API. */
    STAFF,
    /** The member herself. */
    MEMBER,
    /** A device (printer, coffee machine) reading her card. */
    DEVICE,
    /**
     * An extra ticked on a booking (a projector, a coffee break), with the booking; corrections of
     * it keep this source, so that billing nets them against it.
     */
    BOOKING
  }

  public boolean correction() {
    return correctsId != null;
  }
}
