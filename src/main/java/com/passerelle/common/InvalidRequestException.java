package com.passerelle.common;

/**
 * A request our own code refuses, with a message written for the caller (a 400 for pages and API
 * alike). Any other IllegalArgumentException may come from a library and carry internals, so only
 * this type has its message shown.
 */
public class InvalidRequestException extends IllegalArgumentException {
  public InvalidRequestException(String message) {
    super(message);
  }
}
