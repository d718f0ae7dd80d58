package com.passerelle.monitor;

import com.passerelle.catalog.IntegrationType;
import com.passerelle.catalog.MessageCatalog;
import java.util.Map;

/**
 * What a code is called on the dashboard: an HTTP status by its reason phrase (the codes of seed
 * 003's table, then the JAX-RS list), one of our codes by its catalog title.
 */
public final class ErrorLabels {
  private static final Map<Integer, String> REASONS =
      Map.ofEntries(
          Map.entry(308, "Permanent Redirect"),
          Map.entry(400, "Bad Request"),
          Map.entry(401, "Unauthorized"),
          Map.entry(403, "Forbidden"),
          Map.entry(404, "Not Found"),
          Map.entry(405, "Method Not Allowed"),
          Map.entry(406, "Not Acceptable"),
          Map.entry(408, "Request Timeout"),
          Map.entry(409, "Conflict"),
          Map.entry(413, "Content Too Large"),
          Map.entry(429, "Too Many Requests"),
          Map.entry(500, "Internal Server Error"),
          Map.entry(502, "Bad Gateway"),
          Map.entry(503, "Service Unavailable"),
          Map.entry(504, "Gateway Timeout"),
          Map.entry(521, "Web Server Is Down"),
          Map.entry(523, "Origin Is Unreachable"));

  private ErrorLabels() {}

  public static boolean isHttp(String code) {
    return code != null && code.matches("[1-5]\\d\\d");
  }

  /** "Not Found" for 404, the catalog title for our codes. */
  public static String label(String code) {
    if (isHttp(code)) {
      int status = Integer.parseInt(code);
      String reason = REASONS.get(status);
      if (reason == null) {
        var known = jakarta.ws.rs.core.Response.Status.fromStatusCode(status);
        reason = known != null ? known.getReasonPhrase() : "HTTP " + status;
      }
      return reason;
    }
    return MessageCatalog.standard().explainGeneric(code).title();
  }

  /** The failure's description as its integration type explains it (per-type HTTP texts). */
  public static com.passerelle.catalog.ExplainedMessage explain(IntegrationType type, String code) {
    var m = MessageCatalog.standard().explain(type, code, Map.of());
    return new com.passerelle.catalog.ExplainedMessage(
        m.code(),
        m.severity(),
        m.category(),
        generic(m.title()),
        generic(m.cause()),
        generic(m.action()));
  }

  private static String generic(String text) {
    return text.replaceAll("\\{([A-Za-z_]+)}", "‹$1›");
  }
}
