package com.passerelle.source.hris;

import com.passerelle.source.hris.HrisException.Kind;
import java.time.Duration;

/**
 * A failed try of one page that may pass on the next try (5xx, timeout, broken connection, 429);
 * once the retries are spent it becomes the {@link HrisException} a run shows.
 */
final class Retryable extends Exception {
  private final Kind kind;
  private final int status;
  private final Duration retryAfter;
  private final boolean broken;

  private Retryable(Kind kind, int status, Duration retryAfter, boolean broken) {
    super(null, null, false, false);
    this.kind = kind;
    this.status = status;
    this.retryAfter = retryAfter;
    this.broken = broken;
  }

  static Retryable serverError(int status) {
    return new Retryable(Kind.SERVER_ERROR, status, null, false);
  }

  static Retryable rateLimited(Duration retryAfter) {
    return new Retryable(Kind.RATE_LIMITED, 429, retryAfter, false);
  }

  static Retryable timeout() {
    return new Retryable(Kind.TIMEOUT, 0, null, false);
  }

  /** The connection closed or reset before the answer was complete. */
  static Retryable broken() {
    return new Retryable(Kind.UNREACHABLE, 0, null, true);
  }

  boolean rateLimited() {
    return kind == Kind.RATE_LIMITED;
  }

  /** The server's {@code Retry-After}, or null. */
  Duration retryAfter() {
    return retryAfter;
  }

  HrisException exhausted(HrisSettings s, int page, int tries) {
    String onTries = " (page " + page + ", " + tries + (tries == 1 ? " try" : " tries") + ")";
    String message =
        switch (kind) {
          case RATE_LIMITED ->
              "The HRIS kept refusing requests as too many (HTTP 429) even after"
                  + " waiting as it asked"
                  + onTries
                  + ": try the run again later.";
          case SERVER_ERROR ->
              "The HRIS failed with HTTP "
                  + status
                  + onTries
                  + ": try the run again later; if it keeps failing, the HRIS provider must look"
                  + " into it.";
          case TIMEOUT ->
              "The HRIS at "
                  + s.host()
                  + " did not answer within "
                  + HrisText.duration(s.requestTimeout())
                  + onTries
                  + ".";
          default ->
              broken
                  ? "The connection to the HRIS at "
                      + s.host()
                      + " broke off mid-answer"
                      + onTries
                      + "."
                  : "The HRIS at " + s.host() + " could not be read" + onTries + ".";
        };
    return new HrisException(kind, status, message);
  }
}
