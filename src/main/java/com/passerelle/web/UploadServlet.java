package com.passerelle.web;

import com.passerelle.catalog.RequestError;
import com.passerelle.security.CsrfToken;
import com.passerelle.security.Roles;
import com.passerelle.source.DropZone;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The only servlet that parses multipart bodies: the page uploads ({@link PageController#upload}).
 * Before a byte of the body is read it checks what the headers tell: the caller is an administrator
 * and the declared length is within the upload limit. Then the form is parsed (the container stops
 * at the same limits) and its CSRF token checked before the handler runs.
 */
@WebServlet(name = "uploads", urlPatterns = "/uploads/*")
@MultipartConfig(
    fileSizeThreshold = 1 << 20,
    maxFileSize = UploadServlet.MAX_REQUEST_BYTES, // the file's own limit is DropZone's, exact
    maxRequestSize = UploadServlet.MAX_REQUEST_BYTES)
public class UploadServlet extends HttpServlet {
  /** The file limit plus room for the form's other fields and the multipart framing. */
  static final long MAX_REQUEST_BYTES = DropZone.MAX_UPLOAD_BYTES + 64 * 1024;

  @Inject PageDispatcher pages;
  @Inject ErrorPage errorPage;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!"POST".equals(request.getMethod())) {
      refuse(request, response, 405, RequestError.METHOD_NOT_ALLOWED, Map.of());
    } else if (!request.isUserInRole(Roles.ADMIN)) {
      refuse(
          request,
          response,
          403,
          RequestError.ACCESS_DENIED,
          Map.of("detail", "Only an administrator can upload files"));
    } else if (request.getContentLengthLong() < 0) {
      refuse(request, response, 411, RequestError.LENGTH_REQUIRED, Map.of());
    } else if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
      String limit = (DropZone.MAX_UPLOAD_BYTES >> 20) + " MiB";
      refuse(request, response, 413, RequestError.REQUEST_TOO_LARGE, Map.of("limit", limit));
    } else if (!parsed(request)) {
      String limit = (DropZone.MAX_UPLOAD_BYTES >> 20) + " MiB";
      refuse(request, response, 413, RequestError.REQUEST_TOO_LARGE, Map.of("limit", limit));
    } else if (!CsrfToken.matches(request, token(request))) {
      refuse(request, response, 403, RequestError.CSRF_TOKEN_INVALID, Map.of());
    } else {
      pages.serve(request, response, true);
    }
  }

  /** Parses the form; false when the container refused it for its size (a part over the limit). */
  private static boolean parsed(HttpServletRequest request) throws IOException {
    try {
      request.getParts();
      return true;
    } catch (IllegalStateException tooLarge) {
      return false;
    } catch (jakarta.servlet.ServletException notMultipart) {
      return true; // the handler says what is missing
    }
  }

  /** The token from the header, else from the form (parsed by then). */
  private static String token(HttpServletRequest request) {
    String header = request.getHeader(CsrfToken.HEADER);
    return header != null ? header : request.getParameter(CsrfToken.PARAM);
  }

  /** Refuses without reading what is left of the body: the connection is closed instead. */
  private void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      RequestError error,
      Map<String, String> params)
      throws IOException {
    response.setHeader("Connection", "close");
    errorPage.show(request, response, status, error, params);
  }
}
