package app.atrium.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * An invoice as stored: a draft ({@code number} null) or issued and immutable. Amounts are in
 * {@code currency}: {@code total} is the sum of the lines ({@code subtotal} + {@code taxTotal};
 * with tax-inclusive prices the tax is part of the lines), {@code amountDue} what is left after
 * payments and credit notes. {@code overdue} says whether it is open past its due date today.
 */
public record Invoice(
    UUID id,
    String number,
    InvoiceKind kind,
    InvoiceStatus status,
    Payer payer,
    String billToName,
    String billToDetails,
    String billToEmail,
    YearMonth period,
    LocalDate issueDate,
    LocalDate dueDate,
    String currency,
    TaxMode taxMode,
    BigDecimal taxRate,
    BigDecimal subtotal,
    BigDecimal taxTotal,
    BigDecimal total,
    BigDecimal paidAmount,
    BigDecimal creditedAmount,
    BigDecimal amountDue,
    boolean overdue,
    String notes,
    Instant createdAt,
    Instant issuedAt,
    List<InvoiceLine> lines) {

  public Invoice {
    lines = List.copyOf(lines);
  }
}
