package app.atrium.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A credit note: what was taken off an issued invoice, why, numbered in its own gapless series. */
public record CreditNote(
    UUID id,
    String number,
    UUID invoiceId,
    String invoiceNumber,
    LocalDate issueDate,
    String currency,
    String reason,
    BigDecimal subtotal,
    BigDecimal taxTotal,
    BigDecimal total,
    Instant createdAt,
    List<Line> lines) {

  public CreditNote {
    lines = List.copyOf(lines);
  }

  /** A credited line; {@code invoiceLineNo} is null only for the tax of tax-exclusive prices. */
  public record Line(
      int lineNo,
      Integer invoiceLineNo,
      LineKind kind,
      String description,
      BigDecimal quantity,
      String unit,
      BigDecimal unitPrice,
      BigDecimal amount) {}
}
