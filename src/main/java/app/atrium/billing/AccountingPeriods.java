package app.atrium.billing;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * Locked accounting months: once locked, no invoice, credit note, payment or refund dated in the
 * month can be added or changed (the database refuses it). A lock is final.
 */
public interface AccountingPeriods {

  /** Locks {@code period}, which must have ended; locking it again changes nothing. */
  LockedPeriod lock(YearMonth period);

  boolean isLocked(YearMonth period);

  /** The locked months, latest first. */
  List<LockedPeriod> locked();

  /** A locked month, when and by whom it was locked. */
  record LockedPeriod(YearMonth period, Instant lockedAt, java.util.UUID lockedBy) {}
}
