package app.atrium.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in throttling (NIST SP 800-63B 5.2.2): after {@code freeFailures} failed attempts each
 * further attempt must wait longer (doubling up to {@code maxDelay}); after {@code lockAfter} the
 * account is locked for {@code lockDuration} or until an owner unlocks it. A client address gets
 * the same treatment with its own, higher thresholds, and its count decays after {@code
 * addressWindow}.
 */
@ConfigurationProperties("atrium.security.login")
public record LoginProperties(
    int freeFailures,
    int lockAfter,
    Duration lockDuration,
    Duration maxDelay,
    int addressFreeFailures,
    int addressLockAfter,
    Duration addressWindow) {

  public LoginProperties {
    if (freeFailures <= 0) freeFailures = 5;
    if (lockAfter <= 0) lockAfter = 20;
    if (lockDuration == null) lockDuration = Duration.ofMinutes(15);
    if (maxDelay == null) maxDelay = Duration.ofSeconds(60);
    if (addressFreeFailures <= 0) addressFreeFailures = 50;
    if (addressLockAfter <= 0) addressLockAfter = 200;
    if (addressWindow == null) addressWindow = Duration.ofMinutes(15);
  }
}
