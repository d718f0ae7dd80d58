package com.passerelle.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Refuses unsafe requests (POST, PUT, PATCH, DELETE) of a browser session without the session's
 * CSRF token. API clients authenticating with an Authorization header are not exposed to CSRF (a
 * foreign page cannot set that header) and pass.
 */
public class CsrfFilter extends HttpFilter {
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (SAFE.contains(req.getMethod())
        || req.getHeader("Authorization") != null
        || req.getRequestURI().endsWith("/j_security_check")) {
      chain.doFilter(req, res);
      return;
    }
    String presented = req.getHeader(CsrfToken.HEADER);
    if (presented == null) {
      presented = req.getParameter(CsrfToken.PARAM);
    }
    if (CsrfToken.matches(req, presented)) {
      chain.doFilter(req, res);
      return;
    }
    res.setStatus(HttpServletResponse.SC_FORBIDDEN);
    if (req.getRequestURI().startsWith(req.getContextPath() + "/api/")) {
      res.setContentType("application/problem+json");
      res.getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                  + "\"detail\":\"Missing or invalid CSRF token\"}");
    } else {
      res.setContentType("text/plain;charset=UTF-8");
      res.getWriter()
          .write(
              "This form has expired or did not come from Passerelle. Reload the page and try again.");
    }
  }
}
