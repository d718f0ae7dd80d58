package com.passerelle.security;

import com.passerelle.catalog.RequestError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Every API call needs a caller: a logged-in browser session or HTTP Basic credentials, both
 * checked by {@link LoginMechanism} before this filter. Without one the answer is 401, or 429 with
 * Retry-After while {@link LoginThrottle} holds the name or address. Only non-browser clients get
 * the Basic challenge: a browser would prompt, cache the credentials and then send them along with
 * requests that other sites trigger.
 */
public class ApiAuthenticationFilter extends HttpFilter {
  static final String CHALLENGE = "Basic realm=\"passerelle\", charset=\"UTF-8\"";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.getUserPrincipal() != null) {
      chain.doFilter(req, res);
      return;
    }
    if (req.getAttribute(LoginMechanism.LOCKED_SECONDS) instanceof Long seconds) {
      res.setHeader("Retry-After", String.valueOf(seconds));
      Refusal.send(
          req,
          res,
          429,
          RequestError.TOO_MANY_LOGIN_ATTEMPTS,
          Map.of("seconds", String.valueOf(seconds)));
      return;
    }
    if (!Browsers.isBrowser(req)) {
      res.setHeader("WWW-Authenticate", CHALLENGE);
    }
    RequestError error =
        req.getAttribute(LoginMechanism.FAILED) != null
            ? RequestError.WRONG_CREDENTIALS
            : RequestError.AUTHENTICATION_REQUIRED;
    Refusal.send(req, res, 401, error, Map.of());
  }
}
