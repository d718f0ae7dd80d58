package com.passerelle.source.hris;

/**
 * Why a read of the HRIS stopped, as one sentence a customer can act on: never the API key, never a
 * stack trace, and the server's own words only where they help (first sync, bad request).
 */
public class HrisException extends Exception {

  /** The outcomes a run tells apart; only {@link #FIRST_SYNC_PENDING} is not a failure. */
  public enum Kind {
    /** 503 or 409: the HRIS has not finished its first sync; the run waits and reads later. */
    FIRST_SYNC_PENDING(false),
    /** 401 or 403: the API key or integration id is wrong or lacks scope. */
    CREDENTIALS(true),
    /** 429 still after honouring {@code Retry-After}. */
    RATE_LIMITED(true),
    /** 400 (or another 4xx): the HRIS refused the request. */
    BAD_REQUEST(true),
    /** A 5xx other than 503, still after the retries. */
    SERVER_ERROR(true),
    /** No answer in time, still after the retries. */
    TIMEOUT(true),
    /** Connection refused, unknown host, or a connection that kept breaking off. */
    UNREACHABLE(true),
    /** The answer is not the contract's employee list. */
    INVALID_JSON(true),
    /** A page without employees that still links to a next page: following it could loop. */
    EMPTY_PAGE_WITH_CURSOR(true),
    /** A page links to a page already read: following it would loop. */
    CURSOR_REPEATED(true),
    /** More employees on a page than the page size asked for. */
    PAGE_TOO_LARGE(true),
    /** An answer larger than the settings allow. */
    RESPONSE_TOO_LARGE(true),
    /** A 3xx: redirects are not followed, they could carry the API key elsewhere. */
    REDIRECTED(true);

    private final boolean failure;

    Kind(boolean failure) {
      this.failure = failure;
    }

    /** False for an outcome that only means "not yet": the run waits instead of failing. */
    public boolean isFailure() {
      return failure;
    }
  }

  private final Kind kind;
  private final int status;

  public HrisException(Kind kind, int status, String message) {
    super(message);
    this.kind = kind;
    this.status = status;
  }

  public Kind kind() {
    return kind;
  }

  /** The HTTP status of the answer that ended the read, or 0 when there was none. */
  public int status() {
    return status;
  }

  @Override
  public String toString() {
    return "HrisException[" + kind + (status > 0 ? " " + status : "") + "]: " + getMessage();
  }
}
