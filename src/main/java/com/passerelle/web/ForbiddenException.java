package com.passerelle.web;

/** The user is logged in but their role does not allow this action. */
public class ForbiddenException extends RuntimeException {
  public ForbiddenException(String message) {
    super(message);
  }
}
