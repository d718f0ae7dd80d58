package com.passerelle.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.it.Api.User;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, point 8: password guessing is slowed down over HTTP, for the API and the log-in form.
 * Each test guesses at a random user name that does not exist, so admin and viewer are never
 * locked; the address threshold (30 failures) is far above the ~15 failures the whole suite makes
 * from 127.0.0.1, so the loopback address is never locked either.
 */
class LoginThrottleIT {
  /** LoginThrottle.USER_THRESHOLD. */
  private static final int USER_THRESHOLD = 5;

  private static HttpResponse<String> apiGuess(String user) {
    return Api.send(
        Api.request("/api/v1/flows", null)
            .header("Authorization", User.basic(user, "guess-" + Api.unique()))
            .GET()
            .build());
  }

  private static long retryAfter(HttpResponse<String> r) {
    String value = r.headers().firstValue("Retry-After").orElse("");
    assertTrue(value.matches("\\d+"), () -> "Retry-After '" + value + "': " + Api.describe(r));
    return Long.parseLong(value);
  }

  @Test
  void apiGuessesAreRefusedWith429AfterTheThresholdAndTheLockHolds() throws InterruptedException {
    String user = "nobody-" + Api.unique();
    for (int i = 1; i <= USER_THRESHOLD; i++) {
      JsonObject problem = ApiSecurityIT.assertProblem(401, apiGuess(user));
      assertEquals("WRONG_CREDENTIALS", problem.getString("code"), "attempt " + i);
    }
    HttpResponse<String> locked = apiGuess(user);
    JsonObject problem = ApiSecurityIT.assertProblem(429, locked);
    assertEquals("TOO_MANY_LOGIN_ATTEMPTS", problem.getString("code"), problem::toString);
    long first = retryAfter(locked);
    assertTrue(first > 0 && first <= 30, () -> "first lock is 30 s: " + first);
    assertTrue(problem.getString("detail").contains(first + " seconds"), problem::toString);

    Thread.sleep(1_100);
    HttpResponse<String> later = apiGuess(user);
    ApiSecurityIT.assertProblem(429, later);
    long second = retryAfter(later);
    assertTrue(second > 0 && second < first, () -> "counting down: " + first + " then " + second);

    // the lock is this name's from this address: the demo accounts still log in from here
    Api.expectStatus(200, Api.get("/api/v1/flows", User.VIEWER));
  }

  @Test
  void formGuessesAreRefusedWith429AfterTheThreshold() {
    String user = "nobody-" + Api.unique();
    WebSession browser = new WebSession();
    for (int i = 1; i <= USER_THRESHOLD; i++) {
      HttpResponse<String> r =
          browser.postForm("/login", Map.of("j_username", user, "j_password", "guess" + i));
      assertEquals(302, r.statusCode(), () -> Api.describe(r));
      assertTrue(r.headers().firstValue("Location").orElse("").contains("error=1"));
    }
    HttpResponse<String> locked =
        browser.postForm("/login", Map.of("j_username", user, "j_password", "guess"));
    assertEquals(429, locked.statusCode(), () -> Api.describe(locked));
    assertTrue(retryAfter(locked) > 0);
    assertTrue(locked.body().contains("Too many failed log-in attempts"), locked::body);
    assertTrue(locked.body().contains("name=\"j_username\""), "the form is shown again");
  }
}
