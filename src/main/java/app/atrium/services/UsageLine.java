package app.atrium.services;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/**
 * One priced line of a payer's usage for the billing: the usage row {@code id} (corrections are
 * lines of their own, negative, naming {@code correctsId}), whose it was and who pays ({@code
 * payerCompanyId}, null when she pays herself), the quantities and the frozen {@code amount} in
 * {@code currency}. {@code recordedAt} tells late usage from the rest; {@code source} whether
 * staff, the member or a device recorded it.
 */
public record UsageLine(
    UUID id,
    UUID memberId,
    UUID serviceId,
    String serviceCode,
    String serviceName,
    AddOnUnit unit,
    YearMonth period,
    BigDecimal quantity,
    BigDecimal includedQuantity,
    BigDecimal paidQuantity,
    BigDecimal unitPrice,
    BigDecimal amount,
    String currency,
    Instant occurredAt,
    Instant recordedAt,
    UUID correctsId,
    UUID payerCompanyId,
    ServiceUsage.Source source) {}
