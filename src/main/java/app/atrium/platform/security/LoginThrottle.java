package app.atrium.platform.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed sign-ins per account and per client address, slowing then locking them out. */
@Service
public class LoginThrottle {

  private final JdbcClient db;
  private final Clock clock;
  private final LoginProperties props;

  LoginThrottle(JdbcClient db, Clock clock, LoginProperties props) {
    this.db = db;
    this.clock = clock;
    this.props = props;
  }

  static String accountSubject(String email) {
    return "account:" + email.trim().toLowerCase(Locale.ROOT);
  }

  static String addressSubject(String address) {
    return "ip:" + (address == null ? "unknown" : address);
  }

  /** Throws when this email or address may not try now. */
  @Transactional(noRollbackFor = SignInRejected.class)
  public void checkAllowed(String email, String address) {
    check(accountSubject(email), props.freeFailures(), null);
    check(addressSubject(address), props.addressFreeFailures(), props.addressWindow());
  }

  @Transactional
  public void recordFailure(String email, String address) {
    fail(accountSubject(email), props.lockAfter(), null);
    fail(addressSubject(address), props.addressLockAfter(), props.addressWindow());
  }

  @Transactional
  public void recordSuccess(String email) {
    unlock(email);
  }

  /** Clears an account's failures and lock (the owner's "unlock" button, or a success). */
  @Transactional
  public void unlock(String email) {
    db.sql("DELETE FROM login_throttle WHERE subject = ?").param(accountSubject(email)).update();
  }

  @Transactional(readOnly = true)
  public boolean isLocked(String email) {
    Instant now = clock.instant();
    return db.sql("SELECT locked_until FROM login_throttle WHERE subject = ?")
        .param(accountSubject(email))
        .query(Timestamp.class)
        .optional()
        .map(t -> t.toInstant().isAfter(now))
        .orElse(false);
  }

  private void check(String subject, int freeFailures, Duration decay) {
    Instant now = clock.instant();
    var state =
        db.sql(
                "SELECT failures, last_failure_at, locked_until FROM login_throttle"
                    + " WHERE subject = ? FOR UPDATE")
            .param(subject)
            .query(
                (rs, i) ->
                    new State(
                        rs.getInt(1), instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3))))
            .optional();
    if (state.isEmpty()) return;
    State s = state.get();
    if (s.lockedUntil() != null) {
      if (s.lockedUntil().isAfter(now)) throw new SignInRejected.Locked(s.lockedUntil());
      // The lock has run out: the next failures slow down again, but do not lock at once.
      db.sql("UPDATE login_throttle SET locked_until = NULL, failures = ? WHERE subject = ?")
          .param(freeFailures)
          .param(subject)
          .update();
      return;
    }
    if (decay != null && s.lastFailure() != null && s.lastFailure().plus(decay).isBefore(now)) {
      return;
    }
    if (s.failures() >= freeFailures && s.lastFailure() != null) {
      Duration wait = delayAfter(s.failures() - freeFailures + 1);
      Instant allowedAt = s.lastFailure().plus(wait);
      if (allowedAt.isAfter(now)) {
        long seconds = Math.max(1, Duration.between(now, allowedAt).toSeconds());
        throw new SignInRejected.Throttled(Duration.ofSeconds(seconds));
      }
    }
  }

  private void fail(String subject, int lockAfter, Duration decay) {
    Instant now = clock.instant();
    Timestamp nowTs = Timestamp.from(now);
    Timestamp decayedBefore = decay == null ? null : Timestamp.from(now.minus(decay));
    Timestamp lockUntil = Timestamp.from(now.plus(props.lockDuration()));
    db.sql(
            """
            INSERT INTO login_throttle AS t (subject, failures, last_failure_at)
            VALUES (:subject, 1, :now)
            ON CONFLICT (subject) DO UPDATE SET
              failures = CASE WHEN CAST(:decayedBefore AS timestamptz) IS NOT NULL
                                   AND t.last_failure_at < CAST(:decayedBefore AS timestamptz)
                              THEN 1 ELSE t.failures + 1 END,
              last_failure_at = :now
            """)
        .param("subject", subject)
        .param("now", nowTs)
        .param("decayedBefore", decayedBefore)
        .update();
    db.sql(
            "UPDATE login_throttle SET locked_until = :until"
                + " WHERE subject = :subject AND failures >= :lockAfter AND locked_until IS NULL")
        .param("until", lockUntil)
        .param("subject", subject)
        .param("lockAfter", lockAfter)
        .update();
  }

  /** 1 s after the first throttled failure, doubling, capped. */
  Duration delayAfter(int throttledFailures) {
    long seconds = 1L << Math.min(30, Math.max(0, throttledFailures - 1));
    return Duration.ofSeconds(Math.min(seconds, props.maxDelay().toSeconds()));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  private record State(int failures, Instant lastFailure, Instant lockedUntil) {}
}
