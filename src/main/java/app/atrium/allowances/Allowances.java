package app.atrium.allowances;

import app.atrium.plans.AllowanceKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * The one way to spend and read included allowances. Every call joins the caller's transaction, so
 * a booking or a service and the allowance it uses commit or roll back together. The period is the
 * calendar month of {@code at} at the member's home location.
 */
public interface Allowances {

  /**
   * Takes up to {@code quantity} of {@code kind} from the member's balance for the period of {@code
   * at}, the rest being beyond the allowance. Locks the balance row until the caller's transaction
   * ends. The same source id twice takes once: the second call answers what the first took.
   */
  Use use(
      UUID memberId,
      AllowanceKind kind,
      BigDecimal quantity,
      Instant at,
      UsageSource source,
      UUID sourceId);

  /** What {@link #use} would answer now, without taking anything or locking. */
  Use preview(UUID memberId, AllowanceKind kind, BigDecimal quantity, Instant at);

  /**
   * Gives back everything {@code sourceId} took, once; answers how much came back (zero when it
   * took nothing or was given back already).
   */
  BigDecimal giveBack(UsageSource source, UUID sourceId, String reason);

  /** The member's balances for {@code period} (her own and her company's pool), by kind. */
  List<Balance> balances(UUID memberId, YearMonth period);

  /**
   * A staff correction of the member's balance of {@code kind} for {@code period}: a positive
   * {@code delta} grants more, a negative one takes (never below what is used). A reason is
   * required.
   */
  LedgerEntry adjust(
      UUID memberId, AllowanceKind kind, YearMonth period, BigDecimal delta, String reason);

  /** The ledger of the member's balances for {@code period}, oldest first. */
  List<LedgerEntry> ledger(UUID memberId, YearMonth period);
}
