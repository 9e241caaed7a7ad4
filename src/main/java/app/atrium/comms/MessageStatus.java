package app.atrium.comms;

/** Where a message is on its way out. */
public enum MessageStatus {
  /** In the outbox: being delivered, or waiting to be retried. */
  QUEUED,
  /** Accepted by the mail server. */
  SENT,
  /** Not delivered after the last attempt; {@code lastError} says why. */
  FAILED,
  /** No mail server is configured: kept in the history, never sent. */
  NOT_CONFIGURED
}
