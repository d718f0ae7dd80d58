package com.passerelle.security;

import com.passerelle.catalog.RequestError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * Refuses (403) every state-changing request, page or API, session or HTTP Basic, that a browser
 * says was sent by another site ({@link SameOrigin}). Runs before anything reads the body.
 */
public class SameOriginFilter extends HttpFilter {
  static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  /**
   * Webhooks come from other systems by design and carry no cookie: their secret is checked by
   * their servlet, so neither the origin nor a CSRF token applies. The demo inbox (demo data only)
   * is such a receiver too, checking its own key.
   */
  static boolean isWebhook(HttpServletRequest req) {
    String servlet = req.getHttpServletMapping().getServletName();
    return com.passerelle.hook.HrisWebhookServlet.NAME.equals(servlet)
        || com.passerelle.demo.DemoInboxServlet.NAME.equals(servlet);
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (SAFE_METHODS.contains(req.getMethod()) || SameOrigin.allows(req) || isWebhook(req)) {
      chain.doFilter(req, res);
      return;
    }
    Refusal.send(req, res, 403, RequestError.FOREIGN_ORIGIN, Map.of());
  }
}
