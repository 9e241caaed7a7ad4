package app.atrium.billing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import java.util.UUID;

/**
 * A line to be invoiced: what it is, how people read it, {@code quantity} {@code unit} at {@code
 * unitPrice}, and its {@code amount}. Leave the amount null to have it computed as quantity × unit
 * price rounded half-up to the currency's minor unit; give it when it was computed otherwise (a
 * proration: price × days / days in the month, rounded once). {@code usagePeriod} is the month the
 * charged membership or usage belongs to; {@code sourceType}/{@code sourceId} name what caused it
 * (both or neither). Never a TAX line: tax is computed from the tenant's setting.
 */
public record DraftLine(
    LineKind kind,
    String description,
    BigDecimal quantity,
    String unit,
    BigDecimal unitPrice,
    BigDecimal amount,
    YearMonth usagePeriod,
    String sourceType,
    UUID sourceId) {

  public DraftLine {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(unitPrice, "unitPrice");
    unit = unit == null ? "" : unit;
  }

  /** A line of {@code quantity} × {@code unitPrice}, amount computed at issue. */
  public static DraftLine priced(
      LineKind kind, String description, BigDecimal quantity, String unit, BigDecimal unitPrice) {
    return new DraftLine(kind, description, quantity, unit, unitPrice, null, null, null, null);
  }

  /** The same line, for usage or a membership of {@code period}. */
  public DraftLine forPeriod(YearMonth period) {
    return new DraftLine(
        kind, description, quantity, unit, unitPrice, amount, period, sourceType, sourceId);
  }

  /** The same line, caused by {@code type} {@code id} (e.g. "membership", its id). */
  public DraftLine from(String type, UUID id) {
    return new DraftLine(
        kind, description, quantity, unit, unitPrice, amount, usagePeriod, type, id);
  }

  /** The same line with an amount computed by the caller (a proration). */
  public DraftLine withAmount(BigDecimal exactlyThis) {
    return new DraftLine(
        kind,
        description,
        quantity,
        unit,
        unitPrice,
        exactlyThis,
        usagePeriod,
        sourceType,
        sourceId);
  }
}
