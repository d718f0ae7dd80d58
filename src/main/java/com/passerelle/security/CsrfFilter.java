package com.passerelle.security;

import com.passerelle.catalog.RequestError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * Unsafe requests (POST, PUT, PATCH, DELETE) of a browser session need the session's CSRF token, in
 * the X-CSRF-Token header or the form's {@code _csrf} field. Decided before the body is read: no
 * log-in, no change (except the log-in form itself), and an url-encoded form must declare a length
 * within {@link FormBody#MAX_FORM_BYTES} before its field is looked up (and a JSON body within its
 * own bound, whoever sends it). This filter never parses a multipart body: the upload servlet
 * checks that form's field itself, once it has checked the role and the declared size. API clients
 * authenticating with an Authorization header are not exposed to CSRF (a foreign page cannot set
 * that header) and pass.
 */
public class CsrfFilter extends HttpFilter {
  /** The servlet that checks the token of its multipart forms itself (web.UploadServlet). */
  private static final String UPLOAD_SERVLET = "uploads";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (SameOriginFilter.SAFE_METHODS.contains(req.getMethod())
        || SameOriginFilter.isWebhook(req)) {
      chain.doFilter(req, res);
      return;
    }
    int bodyRefusal = FormBody.refusal(req);
    if (bodyRefusal == 411) {
      Refusal.send(req, res, 411, RequestError.LENGTH_REQUIRED, Map.of());
      return;
    }
    if (bodyRefusal == 413) {
      String limit = FormBody.limitText(FormBody.maxBytes(req));
      Refusal.send(req, res, 413, RequestError.REQUEST_TOO_LARGE, Map.of("limit", limit));
      return;
    }
    if (LoginMechanism.isLoginForm(req) || req.getAttribute(LoginMechanism.BASIC) != null) {
      chain.doFilter(req, res);
      return;
    }
    if (req.getRemoteUser() == null) {
      Refusal.send(req, res, 403, RequestError.SESSION_REQUIRED, Map.of());
      return;
    }
    String presented = req.getHeader(CsrfToken.HEADER);
    if (presented == null && isMultipart(req)) {
      if (UPLOAD_SERVLET.equals(req.getHttpServletMapping().getServletName())) {
        chain.doFilter(req, res);
        return;
      }
    } else if (presented == null && FormBody.isUrlEncoded(req)) {
      presented = req.getParameter(CsrfToken.PARAM);
    }
    if (CsrfToken.matches(req, presented)) {
      chain.doFilter(req, res);
      return;
    }
    Refusal.send(req, res, 403, RequestError.CSRF_TOKEN_INVALID, Map.of());
  }

  private static boolean isMultipart(HttpServletRequest req) {
    String type = req.getContentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
  }
}
