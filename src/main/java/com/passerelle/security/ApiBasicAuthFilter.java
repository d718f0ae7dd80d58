package com.passerelle.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * HTTP Basic for API clients in a WAR whose pages use form login: Liberty ignores a Basic header on
 * form-protected URLs, so the API is left open in web.xml and this filter logs the caller in
 * (shared/STACK.md). A logged-in browser session passes as it is.
 */
public class ApiBasicAuthFilter extends HttpFilter {
  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.getUserPrincipal() != null) {
      chain.doFilter(req, res);
      return;
    }
    String header = req.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      unauthorized(res, "Authentication required: use HTTP Basic or log in.");
      return;
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      unauthorized(res, "Malformed Basic credentials.");
      return;
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      unauthorized(res, "Malformed Basic credentials.");
      return;
    }
    try {
      req.login(decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (ServletException wrongPassword) {
      unauthorized(res, "Wrong user name or password.");
      return;
    }
    chain.doFilter(req, res);
  }

  private static void unauthorized(HttpServletResponse res, String detail) throws IOException {
    res.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    res.setHeader("WWW-Authenticate", "Basic realm=\"passerelle\", charset=\"UTF-8\"");
    res.setContentType("application/problem+json");
    res.getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
                + detail
                + "\"}");
  }
}
