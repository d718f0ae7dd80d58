package com.passerelle.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.PasswordValidationCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import javax.security.auth.callback.Callback;

/**
 * The one way in (Jakarta Security), run by the container before any filter: the log-in form (POST
 * /login) starts a session log-in, a session's requests carry it, and API calls may instead give
 * HTTP Basic credentials, good for that request only (no session, no cookie). Passwords are checked
 * against the server's user registry, never while {@link LoginThrottle} holds the user name or the
 * address. Outcomes the caller must see (wrong password, wait) are left as request attributes for
 * the log-in page and the API filter to answer; anything else passes on anonymous.
 */
@ApplicationScoped
public class LoginMechanism implements HttpAuthenticationMechanism {
  /** Request attribute: seconds the caller must wait before a password is checked again. */
  public static final String LOCKED_SECONDS = "passerelle.login.lockedSeconds";

  /** Request attribute: credentials were given and were wrong. */
  public static final String FAILED = "passerelle.login.failed";

  /** Request attribute: the caller logged in with HTTP Basic (so no CSRF token applies). */
  static final String BASIC = "passerelle.login.basic";

  public static final String LOGIN_PATH = "/login";
  public static final String USER_FIELD = "j_username";
  public static final String PASSWORD_FIELD = "j_password";

  /** Checks a password against the user registry, filling the context's subject when right. */
  @FunctionalInterface
  interface PasswordCheck {
    boolean matches(HttpMessageContext context, String user, String password)
        throws AuthenticationException;
  }

  @Inject LoginThrottle throttle;
  PasswordCheck passwords = LoginMechanism::checkWithRegistry;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    if (isLoginForm(request)) {
      return formLogin(request, context);
    }
    if (SessionLogin.restore(request, context.getClientSubject())) {
      return AuthenticationStatus.SUCCESS;
    }
    if (Browsers.isApi(request)) {
      BasicCredentials basic = BasicCredentials.parse(request.getHeader("Authorization"));
      if (basic != null) {
        AuthenticationStatus status =
            attempt(request, context, basic.user(), basic.password(), false);
        if (status == AuthenticationStatus.SUCCESS) {
          request.setAttribute(BASIC, Boolean.TRUE);
        }
        return status;
      }
    }
    if (context.isProtected()) {
      return toLoginPage(request, response);
    }
    return context.doNothing();
  }

  /** The log-in form's POST: url-encoded, as the page sends it; anything else is not read. */
  static boolean isLoginForm(HttpServletRequest request) {
    return "POST".equals(request.getMethod())
        && LOGIN_PATH.equals(request.getServletPath())
        && FormBody.isUrlEncoded(request);
  }

  private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context)
      throws AuthenticationException {
    // The filters answer a form from another site (log-in CSRF) or an oversized one; here such a
    // form is only never read.
    if (!SameOrigin.allows(request) || FormBody.refusal(request) != 0) {
      return context.doNothing();
    }
    return attempt(
        request,
        context,
        request.getParameter(USER_FIELD),
        request.getParameter(PASSWORD_FIELD),
        true);
  }

  private AuthenticationStatus attempt(
      HttpServletRequest request,
      HttpMessageContext context,
      String user,
      String password,
      boolean startSession)
      throws AuthenticationException {
    String address = request.getRemoteAddr();
    long wait = throttle.secondsLocked(user, address);
    if (wait > 0) {
      request.setAttribute(LOCKED_SECONDS, wait);
      return context.doNothing();
    }
    boolean right =
        user != null
            && !user.isEmpty()
            && password != null
            && passwords.matches(context, user, password)
            && (!startSession || SessionLogin.start(request, context.getClientSubject()));
    if (!right) {
      throttle.failed(user, address);
      request.setAttribute(FAILED, Boolean.TRUE);
      return context.doNothing();
    }
    throttle.succeeded(user, address);
    return AuthenticationStatus.SUCCESS;
  }

  /** Ends the caller's log-in: the session and everything in it. */
  public static void logout(HttpServletRequest request) throws ServletException {
    SessionLogin.end(request);
  }

  /** A protected page without a log-in: to the log-in form, which brings the user back after. */
  private static AuthenticationStatus toLoginPage(
      HttpServletRequest request, HttpServletResponse response) throws AuthenticationException {
    String target = request.getContextPath() + LOGIN_PATH;
    if ("GET".equals(request.getMethod())) {
      String page = request.getRequestURI().substring(request.getContextPath().length());
      if (request.getQueryString() != null) {
        page += "?" + request.getQueryString();
      }
      target += "?next=" + URLEncoder.encode(page, StandardCharsets.UTF_8);
    }
    try {
      response.sendRedirect(target);
    } catch (IOException e) {
      throw new AuthenticationException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  /**
   * The container's own check against the configured registry (Jakarta Authentication's password
   * validation callback, as the built-in mechanisms do).
   */
  private static boolean checkWithRegistry(HttpMessageContext context, String user, String password)
      throws AuthenticationException {
    PasswordValidationCallback check =
        new PasswordValidationCallback(context.getClientSubject(), user, password.toCharArray());
    try {
      context.getHandler().handle(new Callback[] {check});
    } catch (Exception e) {
      throw new AuthenticationException(e);
    }
    return check.getResult();
  }
}
