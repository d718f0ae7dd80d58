package com.passerelle.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response: no inline script, no framing, no MIME sniffing; on HTTPS also
 * HSTS, so a browser that once reached the server securely never falls back to plain HTTP.
 */
public class SecurityHeadersFilter extends HttpFilter {
  static final String HSTS = "max-age=31536000";
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    apply(req, res);
    chain.doFilter(req, res);
  }

  /** Sets the headers; also called again after a response was reset for an error page. */
  public static void apply(HttpServletRequest req, HttpServletResponse res) {
    res.setHeader("Content-Security-Policy", CSP);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Referrer-Policy", "same-origin");
    if (req.isSecure()) {
      res.setHeader("Strict-Transport-Security", HSTS); // ignored by browsers on plain HTTP anyway
    }
    String uri = req.getRequestURI();
    // Static files and WebJars (versioned paths: Chart.js) may be cached; pages never.
    if (!uri.startsWith(req.getContextPath() + "/static/")
        && !uri.startsWith(req.getContextPath() + "/webjars/")) {
      res.setHeader("Cache-Control", "no-store");
    }
  }
}
