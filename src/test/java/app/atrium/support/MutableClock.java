package app.atrium.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The app's clock in tests: real time shifted by an offset that a test can advance. */
public final class MutableClock extends Clock {

  private volatile Duration offset = Duration.ZERO;
  private volatile Instant fixed;

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    Instant f = fixed;
    return f != null ? f : Instant.now().plus(offset);
  }

  public void advance(Duration d) {
    if (fixed != null) fixed = fixed.plus(d);
    else offset = offset.plus(d);
  }

  /** Stops time at {@code at} (advance moves it on). */
  public void setInstant(Instant at) {
    fixed = at;
  }

  public void reset() {
    offset = Duration.ZERO;
    fixed = null;
  }
}
