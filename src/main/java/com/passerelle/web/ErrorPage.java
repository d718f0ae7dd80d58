package com.passerelle.web;

import com.passerelle.catalog.ExplainedMessage;
import com.passerelle.catalog.RequestError;
import com.passerelle.common.Incidents;
import com.passerelle.common.InvalidRequestException;
import com.passerelle.common.NotFoundException;
import com.passerelle.security.SecurityHeadersFilter;
import com.passerelle.source.DropZone;
import com.passerelle.source.UploadTooLargeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page of a failed page request, texts from the catalog. Messages of our own exceptions
 * are written for users and shown; anything else is logged under an incident id, which is all the
 * page shows. Safe after a download began: a committed response is only ended, an uncommitted one
 * is reset (headers included) before the page is written through the stream already taken.
 */
@ApplicationScoped
public class ErrorPage {
  private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

  @Inject PageRenderer renderer;

  public ErrorPage() {}

  ErrorPage(PageRenderer renderer) {
    this.renderer = renderer;
  }

  /** The page for an exception thrown while handling {@code path}. */
  public void show(
      HttpServletRequest request, HttpServletResponse response, String path, Exception e)
      throws IOException {
    if (response.isCommitted()) {
      Incidents.report(
          LOG, Level.SEVERE, "Page " + path + " failed after its response was committed", e);
      end(response);
      return;
    }
    if (e instanceof NotFoundException) {
      show(request, response, 404, RequestError.NOT_FOUND, Map.of("detail", e.getMessage()));
    } else if (e instanceof ForbiddenException) {
      show(request, response, 403, RequestError.ACCESS_DENIED, Map.of("detail", e.getMessage()));
    } else if (e instanceof UploadTooLargeException) {
      String limit = (DropZone.MAX_UPLOAD_BYTES >> 20) + " MiB";
      show(request, response, 413, RequestError.REQUEST_TOO_LARGE, Map.of("limit", limit));
    } else if (e instanceof InvalidRequestException) {
      show(request, response, 400, RequestError.BAD_REQUEST, Map.of("detail", e.getMessage()));
    } else if (e instanceof IllegalArgumentException) {
      // From a library or the JDK (a number too long for an id, ...): its message is not for users.
      String incident = Incidents.report(LOG, Level.INFO, "Page " + path + " refused", e);
      show(request, response, 400, RequestError.INVALID_VALUE, Map.of("incident", incident));
    } else {
      String incident = Incidents.report(LOG, Level.SEVERE, "Page " + path + " failed", e);
      show(request, response, 500, RequestError.INTERNAL_ERROR, Map.of("incident", incident));
    }
  }

  /** The page for an error the caller is told about with a catalog code. */
  public void show(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      RequestError error,
      Map<String, String> params)
      throws IOException {
    if (response.isCommitted()) {
      end(response);
      return;
    }
    boolean viaStream = response instanceof OutputTracking t && t.streamTaken();
    if (viaStream) {
      response.reset(); // drops a download's Content-Disposition and type with its bytes
      SecurityHeadersFilter.apply(request, response);
    } else {
      response.resetBuffer();
    }
    response.setStatus(status);
    ExplainedMessage text = error.explain(params);
    Map<String, Object> model =
        Map.of(
            "status", status,
            "code", error.name(),
            "title", text.title(),
            "detail", error.detail(params));
    String html = renderer.renderToString("error", model, request, response);
    response.setContentType("text/html;charset=UTF-8");
    if (viaStream) {
      response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    } else {
      response.getWriter().write(html);
    }
  }

  /** Ends a response that is already on its way: nothing can be said any more. */
  private static void end(HttpServletResponse response) {
    try {
      if (response instanceof OutputTracking t && t.streamTaken()) {
        response.getOutputStream().close();
      } else {
        response.flushBuffer();
      }
    } catch (IOException | IllegalStateException clientGone) {
      // the client may already have closed the connection; the incident is logged
    }
  }
}
