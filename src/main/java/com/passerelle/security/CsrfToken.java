package com.passerelle.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/** One random token per session, put in every form and checked on every unsafe request. */
public final class CsrfToken {
  public static final String PARAM = "_csrf";
  public static final String HEADER = "X-CSRF-Token";
  private static final String KEY = "passerelle.csrf";
  private static final SecureRandom RANDOM = new SecureRandom();

  private CsrfToken() {}

  /** The session's token, created on first use; null when there is no login session. */
  public static String of(HttpServletRequest request) {
    if (request.getRemoteUser() == null) {
      return null;
    }
    HttpSession session = request.getSession();
    String token = (String) session.getAttribute(KEY);
    if (token == null) {
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      session.setAttribute(KEY, token);
    }
    return token;
  }

  public static boolean matches(HttpServletRequest request, String presented) {
    HttpSession session = request.getSession(false);
    String expected = session == null ? null : (String) session.getAttribute(KEY);
    return expected != null
        && presented != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }
}
