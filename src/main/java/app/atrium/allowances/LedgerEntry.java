package app.atrium.allowances;

import app.atrium.plans.AllowanceKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/**
 * One row of the ledger: a grant (positive {@code granted}), a use (positive {@code used}) or a
 * give-back (negative {@code used}), with its source and, for adjustments, the reason.
 */
public record LedgerEntry(
    UUID id,
    UUID accountId,
    AllowanceKind kind,
    YearMonth period,
    String entry,
    BigDecimal granted,
    BigDecimal used,
    UsageSource source,
    UUID sourceId,
    String reason,
    Instant at) {}
