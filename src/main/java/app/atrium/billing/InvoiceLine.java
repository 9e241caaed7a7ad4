package app.atrium.billing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;

/** A line of an invoice, numbered from 1, with what caused it. */
public record InvoiceLine(
    int lineNo,
    LineKind kind,
    String description,
    BigDecimal quantity,
    String unit,
    BigDecimal unitPrice,
    BigDecimal amount,
    YearMonth usagePeriod,
    String sourceType,
    UUID sourceId) {}
