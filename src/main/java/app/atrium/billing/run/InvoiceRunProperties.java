package app.atrium.billing.run;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the invoice run works.
 *
 * @param batchSize payers per transaction (default 500)
 * @param batchPause a pause after each batch (default none; tests slow a run down to kill it)
 * @param runAt the coworking's local time on the 1st from which the monthly run starts (06:00)
 * @param lateMonths how many months before the previous one are searched for late usage (2)
 * @param workers how many batches are worked on at once (2)
 */
@ConfigurationProperties("atrium.billing.run")
public record InvoiceRunProperties(
    Integer batchSize, Duration batchPause, LocalTime runAt, Integer lateMonths, Integer workers) {

  public InvoiceRunProperties {
    if (batchSize == null || batchSize < 1) batchSize = 500;
    if (batchPause == null) batchPause = Duration.ZERO;
    if (runAt == null) runAt = LocalTime.of(6, 0);
    if (lateMonths == null || lateMonths < 0) lateMonths = 2;
    if (workers == null || workers < 1) workers = 2;
  }
}
