package com.passerelle.secret;

/** A stored secret this server cannot open; the message never contains the secret. */
public class SecretUnreadableException extends RuntimeException {
  public SecretUnreadableException(String reason) {
    super("Stored secret cannot be read: " + reason);
  }
}
