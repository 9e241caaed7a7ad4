package app.atrium.comms;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Outgoing email. The SMTP server itself is Spring's {@code spring.mail.*} (ATRIUM_SMTP_HOST …);
 * with no host, messages are kept as NOT_CONFIGURED.
 *
 * @param from the sender's address (ATRIUM_MAIL_FROM); the coworking's name is shown with it
 * @param relayInterval how often queued messages due for a retry are looked for (default 1 min)
 * @param maxAttempts deliveries tried before a message is FAILED (default 6: over about 6 hours)
 */
@ConfigurationProperties("atrium.comms")
public record CommsProperties(String from, Duration relayInterval, int maxAttempts) {

  public CommsProperties {
    if (from == null || from.isBlank()) from = "atrium@localhost";
    if (relayInterval == null) relayInterval = Duration.ofMinutes(1);
    if (maxAttempts <= 0) maxAttempts = 6;
  }
}
