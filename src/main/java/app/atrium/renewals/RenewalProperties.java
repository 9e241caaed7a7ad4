package app.atrium.renewals;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the daily renewal check runs.
 *
 * @param runAt the coworking's local time from which it runs each day (default 07:00)
 */
@ConfigurationProperties("atrium.renewals")
public record RenewalProperties(LocalTime runAt) {

  public RenewalProperties {
    if (runAt == null) runAt = LocalTime.of(7, 0);
  }
}
