package com.passerelle.common;

/** Something asked for by id does not exist: a 404 for pages and API alike. */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String what, Object id) {
    super(what + " " + id + " does not exist");
  }
}
