package com.passerelle.webhook;

/**
 * An action the message's state does not allow (re-sync a delivered message, mark one that is being
 * sent right now): a 409 in the API, a message on the page, nothing changed.
 */
public class MessageStateException extends RuntimeException {
  public MessageStateException(String message) {
    super(message);
  }
}
