package app.atrium.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * An invoice before it is issued: to {@code payer}, for billing {@code period}, of {@code lines}. A
 * REGULAR draft is the payer's one invoice of the period: issuing it twice (a rerun, a crash, a
 * second node) answers the invoice issued the first time. {@code dueDate} null means the issue date
 * plus the tenant's payment terms.
 */
public record InvoiceDraft(
    Payer payer,
    YearMonth period,
    InvoiceKind kind,
    List<DraftLine> lines,
    LocalDate dueDate,
    String notes) {

  public InvoiceDraft {
    Objects.requireNonNull(payer, "payer");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(kind, "kind");
    lines = List.copyOf(lines);
    notes = notes == null ? "" : notes;
  }

  /** The payer's invoice of the monthly run for {@code period}. */
  public static InvoiceDraft regular(Payer payer, YearMonth period, List<DraftLine> lines) {
    return new InvoiceDraft(payer, period, InvoiceKind.REGULAR, lines, null, "");
  }

  /** A single charge outside the run, in {@code period}. */
  public static InvoiceDraft oneOff(Payer payer, YearMonth period, List<DraftLine> lines) {
    return new InvoiceDraft(payer, period, InvoiceKind.ONE_OFF, lines, null, "");
  }
}
