package com.passerelle.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.security.auth.Subject;
import org.junit.jupiter.api.Test;

/**
 * The throttle is consulted before any password is checked (issue 11, point 8): a right password
 * during a lock is refused like a wrong one, and never even compared.
 */
class LoginMechanismTest {
  private final LoginThrottle throttle = new LoginThrottle();
  private final List<String> checked = new ArrayList<>();
  private final LoginMechanism mechanism = new LoginMechanism();

  LoginMechanismTest() {
    mechanism.throttle = throttle;
    mechanism.passwords =
        (context, user, password) -> {
          checked.add(user);
          return "right".equals(password);
        };
  }

  /** A request of the API with HTTP Basic credentials, from {@code address}. */
  private static HttpServletRequest basic(String user, String password, String address) {
    String header =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    Map<String, Object> attributes = new HashMap<>();
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            LoginMechanismTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getMethod" -> "GET";
                  case "getRequestURI" -> "/api/v1/flows";
                  case "getServletPath" -> "/api/v1";
                  case "getContextPath" -> "";
                  case "getRemoteAddr" -> address;
                  case "getHeader" -> "Authorization".equals(args[0]) ? header : null;
                  case "getAttribute" -> attributes.get((String) args[0]);
                  case "setAttribute" -> attributes.put((String) args[0], args[1]);
                  default -> null;
                });
  }

  private static HttpMessageContext context() {
    Subject subject = new Subject();
    return (HttpMessageContext)
        Proxy.newProxyInstance(
            LoginMechanismTest.class.getClassLoader(),
            new Class<?>[] {HttpMessageContext.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getClientSubject" -> subject;
                  case "doNothing" -> AuthenticationStatus.NOT_DONE;
                  case "isProtected" -> false;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  private AuthenticationStatus call(HttpServletRequest request) throws Exception {
    return mechanism.validateRequest(request, null, context());
  }

  @Test
  void aRightPasswordLogsIn() throws Exception {
    HttpServletRequest request = basic("alice", "right", "10.0.0.1");
    assertEquals(AuthenticationStatus.SUCCESS, call(request));
    assertEquals(Boolean.TRUE, request.getAttribute(LoginMechanism.BASIC));
  }

  @Test
  void aRightPasswordDuringTheLockIsRefusedWithoutBeingChecked() throws Exception {
    for (int i = 0; i < LoginThrottle.USER_THRESHOLD; i++) {
      HttpServletRequest wrong = basic("alice", "guess" + i, "10.0.0.1");
      assertEquals(AuthenticationStatus.NOT_DONE, call(wrong));
      assertEquals(Boolean.TRUE, wrong.getAttribute(LoginMechanism.FAILED));
    }
    assertEquals(LoginThrottle.USER_THRESHOLD, checked.size());

    HttpServletRequest right = basic("alice", "right", "10.0.0.1");
    assertEquals(AuthenticationStatus.NOT_DONE, call(right), "refused although right");
    assertEquals(30L, right.getAttribute(LoginMechanism.LOCKED_SECONDS));
    assertNull(right.getAttribute(LoginMechanism.BASIC), "not logged in");
    assertEquals(LoginThrottle.USER_THRESHOLD, checked.size(), "the password was not checked");
  }

  @Test
  void aSuccessClearsTheUsersEarlierFailures() throws Exception {
    for (int i = 0; i < LoginThrottle.USER_THRESHOLD - 1; i++) {
      call(basic("alice", "guess", "10.0.0.1"));
    }
    assertEquals(AuthenticationStatus.SUCCESS, call(basic("alice", "right", "10.0.0.1")));
    call(basic("alice", "typo", "10.0.0.1"));
    assertEquals(AuthenticationStatus.SUCCESS, call(basic("alice", "right", "10.0.0.1")));
    assertTrue(checked.size() == LoginThrottle.USER_THRESHOLD + 2, "every attempt was checked");
  }
}
