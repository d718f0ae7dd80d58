package com.passerelle.webhook;

import com.passerelle.catalog.ErrorCode;

/** A call that could not be made or got no answer: one of our codes and what happened. */
public class DeliveryException extends RuntimeException {
  private final ErrorCode code;

  public DeliveryException(ErrorCode code, String detail) {
    super(detail);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }
}
