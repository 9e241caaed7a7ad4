package app.atrium.billing.domain;

import app.atrium.billing.InvoiceStatus;
import java.math.BigDecimal;

/**
 * The status an issued invoice has for its amounts; the database's {@code billing_invoice_status}
 * says the same and keeps the stored status to it.
 */
public final class InvoiceStatusRule {

  private InvoiceStatusRule() {}

  public static InvoiceStatus of(BigDecimal total, BigDecimal paid, BigDecimal credited) {
    if (credited.signum() > 0 && credited.compareTo(total) >= 0 && paid.signum() == 0) {
      return InvoiceStatus.VOID;
    }
    if (paid.compareTo(total.subtract(credited)) >= 0) return InvoiceStatus.PAID;
    if (paid.signum() > 0) return InvoiceStatus.PARTIALLY_PAID;
    return InvoiceStatus.ISSUED;
  }

  /** What is left to pay. */
  public static BigDecimal due(BigDecimal total, BigDecimal paid, BigDecimal credited) {
    return total.subtract(credited).subtract(paid).max(BigDecimal.ZERO);
  }
}
