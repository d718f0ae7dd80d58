package com.passerelle.api;

import com.passerelle.catalog.RequestError;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.Set;

/**
 * API writes with a body must say application/json or text/csv: the only types a page of another
 * site cannot send without the browser asking us first (a form sends url-encoded, multipart or
 * text/plain). Checked before any resource is chosen, so no operation can forget it.
 */
@Provider
@PreMatching
public class WriteContentTypeFilter implements ContainerRequestFilter {
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
  static final MediaType CSV = new MediaType("text", "csv");

  @Override
  public void filter(ContainerRequestContext request) {
    if (!WRITES.contains(request.getMethod()) || !request.hasEntity()) {
      return;
    }
    MediaType type = request.getMediaType();
    if (type == null
        || type.isWildcardType()
        || type.isWildcardSubtype()
        || !(type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isCompatible(CSV))) {
      request.abortWith(Problem.response(415, RequestError.UNSUPPORTED_MEDIA_TYPE, Map.of()));
    }
  }
}
