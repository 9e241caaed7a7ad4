package app.atrium.billing.run;

import app.atrium.billing.run.PendingCharge.Kind;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;

/**
 * A charge or discount as staff enter it: for a member or a company (one of them), with an {@code
 * amount}, or a discount's {@code percent}; {@code billFrom} null means the next invoice run.
 */
public record ChargeDraft(
    UUID memberId,
    UUID companyId,
    Kind kind,
    String description,
    BigDecimal amount,
    BigDecimal percent,
    YearMonth billFrom) {}
