package com.passerelle.webhook;

/** Which fixes a message's state offers (pages show only those; the services decide again). */
final class MessageActions {
  private MessageActions() {}

  /** Failed, or waiting for a retry after a failed attempt. */
  static boolean canResync(WebhookMessage m) {
    return m.getStatus() == MessageStatus.FAILED
        || (m.getStatus() == MessageStatus.PENDING && m.getAttempts() > 0);
  }

  /** Failed or still waiting: not settled yet. */
  static boolean canMarkProcessed(WebhookMessage m) {
    return m.getStatus() == MessageStatus.FAILED || m.getStatus() == MessageStatus.PENDING;
  }
}
