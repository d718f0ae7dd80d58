package com.passerelle.common;

/** Something asked for by id does not exist: a 404 for pages and API alike. */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String what, Object id) {
    super(what + " " + id + " does not exist");
  }

  /** A 404 whose message, written for the caller, says why (a file no longer kept, ...). */
  public NotFoundException(String message) {
    super(message);
  }
}
