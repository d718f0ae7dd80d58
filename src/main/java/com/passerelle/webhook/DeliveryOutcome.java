package com.passerelle.webhook;

import com.passerelle.catalog.ErrorCode;
import java.time.Instant;

/**
 * What one call gave: the HTTP status at receipt (null when there was no answer), our error code
 * when the call failed for another reason than its status (timeout, refused, redirect, ...), what
 * happened in words (for the attempt log, never shown as prose of the catalog), and the first 4 KB
 * of the answer's body.
 */
public record DeliveryOutcome(
    Instant startedAt,
    long durationMs,
    Integer httpStatus,
    ErrorCode error,
    String detail,
    String excerpt) {

  /** Only a 2xx at receipt counts (seed 002). */
  public boolean delivered() {
    return error == null && httpStatus != null && httpStatus >= 200 && httpStatus < 300;
  }

  /**
   * The failure's normalized code: the HTTP status ("401") when the receiver answered with one,
   * else ours (WEBHOOK_TIMEOUT, WEBHOOK_REDIRECT, ...); null when delivered.
   */
  public String failureCode() {
    if (delivered()) {
      return null;
    }
    return error != null ? error.name() : String.valueOf(httpStatus);
  }

  static DeliveryOutcome failed(Instant startedAt, long durationMs, DeliveryException e) {
    return new DeliveryOutcome(startedAt, durationMs, null, e.code(), e.getMessage(), null);
  }
}
