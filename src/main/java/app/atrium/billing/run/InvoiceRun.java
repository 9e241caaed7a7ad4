package app.atrium.billing.run;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/**
 * A run of the invoices of {@code period}: who started it, how far it got ({@code payers} to look
 * at, {@code processed} so far, of which {@code issued} got an invoice now, {@code skipped} had one
 * already or nothing to bill, {@code failed} could not be invoiced) and the total issued.
 */
public record InvoiceRun(
    UUID id,
    YearMonth period,
    Trigger trigger,
    Status status,
    int payers,
    int processed,
    int issued,
    int skipped,
    int failed,
    BigDecimal totalAmount,
    String error,
    Instant startedAt,
    Instant heartbeatAt,
    Instant finishedAt) {

  /** Who started a run. */
  public enum Trigger {
    STAFF,
    SCHEDULE
  }

  /** Where a run is. INTERRUPTED: its process stopped (a crash); a new run carries on. */
  public enum Status {
    RUNNING,
    DONE,
    FAILED,
    INTERRUPTED
  }
}
