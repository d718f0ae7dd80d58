package com.passerelle.api;

import com.passerelle.catalog.RequestError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail, the body of every API error. With type about:blank the title is the
 * HTTP status phrase (RFC 9457, 4.2.1); the detail says what happened and what to do, and the
 * extension members name the catalog code and, for failures logged server-side, the incident.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String code,
    String incident,
    List<String> errors,
    Map<String, String> fields) {
  public static final String MEDIA_TYPE = "application/problem+json";

  /** A problem whose detail is written by our own code (not found, invalid flow, ...). */
  public static Response response(int status, String detail) {
    return response(status, detail, null, null, null, null);
  }

  /** An invalid definition: every problem, and each by the field it is about. */
  public static Response response(
      int status, String detail, List<String> errors, Map<String, String> fields) {
    return response(status, detail, null, null, errors, fields);
  }

  /** A problem whose detail comes from the catalog. */
  public static Response response(int status, RequestError error, Map<String, String> params) {
    return response(status, error.detail(params), error.name(), params.get("incident"), null, null);
  }

  private static Response response(
      int status,
      String detail,
      String code,
      String incident,
      List<String> errors,
      Map<String, String> fields) {
    Response.Status known = Response.Status.fromStatusCode(status);
    String title = known == null ? "HTTP " + status : known.getReasonPhrase();
    return Response.status(status)
        .type(MediaType.valueOf(MEDIA_TYPE))
        .entity(new Problem("about:blank", title, status, detail, code, incident, errors, fields))
        .build();
  }
}
