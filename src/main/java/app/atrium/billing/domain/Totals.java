package app.atrium.billing.domain;

import java.math.BigDecimal;

/**
 * The totals of an invoice or a credit note: {@code subtotal} (net) + {@code tax} = {@code total}.
 * {@code taxLine} is the amount of the TAX line to add (tax-exclusive prices), else zero: with
 * tax-inclusive prices the tax is already in the lines.
 */
public record Totals(BigDecimal subtotal, BigDecimal tax, BigDecimal total, BigDecimal taxLine) {

  public boolean hasTaxLine() {
    return taxLine.signum() != 0;
  }
}
