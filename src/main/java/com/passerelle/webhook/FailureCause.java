package com.passerelle.webhook;

import com.passerelle.catalog.ExplainedMessage;
import com.passerelle.catalog.IntegrationType;
import com.passerelle.catalog.MessageCatalog;
import java.util.Map;

/**
 * Why a message failed, as stored on it (last_http_status, last_error_code) and as the admin to-do
 * groups it, with its catalog entry: our code when there is one (WEBHOOK_TIMEOUT, ...), else the
 * HTTP status ("401"), the code the failure log records for an outbound webhook.
 */
public record FailureCause(Integer httpStatus, String errorCode) {
  /** The catalog code of this cause, or null when the message has no failure. */
  public String code() {
    if (errorCode != null && !errorCode.isBlank()) {
      return errorCode;
    }
    return httpStatus == null ? null : String.valueOf(httpStatus);
  }

  /**
   * Its title, cause and action as an outbound webhook explains it (an HTTP status has texts of its
   * own for this integration: "401 from the endpoint: the authorization key is refused"); the
   * endpoint's URL fills an {url} placeholder.
   */
  public ExplainedMessage explain(String url) {
    String code = code();
    return code == null
        ? null
        : MessageCatalog.standard()
            .explain(IntegrationType.OUTBOUND_WEBHOOK, code, Map.of("url", url == null ? "" : url));
  }

  /** What an attempt recorded, explained the same way. */
  public static FailureCause of(DeliveryAttempt a) {
    return new FailureCause(a.getHttpStatus(), a.getErrorCode());
  }

  public static FailureCause of(WebhookMessage m) {
    return new FailureCause(m.getLastHttpStatus(), m.getLastErrorCode());
  }

  /** Whether an attempt with this outcome failed (a 2xx without our error is a success). */
  public boolean failed() {
    return (errorCode != null && !errorCode.isBlank())
        || httpStatus == null
        || httpStatus < 200
        || httpStatus > 299;
  }
}
