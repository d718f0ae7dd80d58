package com.passerelle.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem detail, the body of every API error. */
public record Problem(String type, String title, int status, String detail, List<String> errors) {
  public static final String MEDIA_TYPE = "application/problem+json";

  public static Response response(int status, String title, String detail) {
    return response(status, title, detail, null);
  }

  public static Response response(int status, String title, String detail, List<String> errors) {
    return Response.status(status)
        .type(MediaType.valueOf(MEDIA_TYPE))
        .entity(new Problem("about:blank", title, status, detail, errors))
        .build();
  }
}
