package com.passerelle.source.hris;

import static com.passerelle.source.hris.HttpStub.employees;
import static com.passerelle.source.hris.HttpStub.page;
import static com.passerelle.source.hris.HttpStub.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.source.hris.HrisException.Kind;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Answers that may pass on a later try: 429, 5xx, timeouts; and the ones that never will. */
class HrisClientRetryTest {
  private final HrisClient client = new HrisClient();

  private static HrisSettings settings(HttpStub stub) {
    return HrisSettings.of(stub.url(), "key", "integration")
        .withRetries(3, Duration.ofMillis(10))
        .withRequestTimeout(Duration.ofMillis(300));
  }

  private static HrisException failure(HrisClient client, HrisSettings s) {
    return assertThrows(HrisException.class, () -> client.read(s, null, e -> {}));
  }

  @Test
  void rateLimitedWaitsAsRetryAfterSaysThenReads() throws Exception {
    try (HttpStub stub =
        new HttpStub(
            (n, x) -> {
              if (n == 1) {
                x.getResponseHeaders().set("Retry-After", "1");
                send(x, 429, "{\"status\":\"error\",\"error\":{\"message\":\"Slow down\"}}");
              } else {
                send(x, 200, page(employees("a", 3), "null"));
              }
            })) {
      long start = System.nanoTime();
      ReadResult result = client.read(settings(stub), null, e -> {});
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertEquals(3, result.records());
      assertEquals(2, stub.requests());
      assertTrue(took.toMillis() >= 900, "waited " + took + ", not the 10 ms backoff");
      assertTrue(took.toMillis() < 5000, took.toString());
    }
  }

  @Test
  void retryAfterIsCappedBySettings() throws Exception {
    try (HttpStub stub =
        new HttpStub(
            (n, x) -> {
              if (n == 1) {
                x.getResponseHeaders().set("Retry-After", "3600");
                send(x, 429, "");
              } else {
                send(x, 200, page("[]", "null"));
              }
            })) {
      long start = System.nanoTime();
      client.read(settings(stub).withMaxRetryAfter(Duration.ofMillis(50)), null, e -> {});

      assertTrue(System.nanoTime() - start < 3_000_000_000L);
      assertEquals(2, stub.requests());
    }
  }

  @Test
  void rateLimitedForeverIsRateLimited() throws Exception {
    try (HttpStub stub =
        new HttpStub(
            (n, x) -> {
              x.getResponseHeaders().set("Retry-After", "0");
              send(x, 429, "");
            })) {
      HrisException e = failure(client, settings(stub));

      assertEquals(Kind.RATE_LIMITED, e.kind());
      assertEquals(429, e.status());
      assertEquals(4, stub.requests(), "the first try and 3 retries");
    }
  }

  @Test
  void retryAfterReadsSecondsAndHttpDates() {
    Instant now = Instant.parse("2026-03-01T12:00:00Z");
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(30).atOffset(ZoneOffset.UTC));

    assertEquals(Duration.ofSeconds(120), RetryAfter.parse("120", now));
    assertEquals(Duration.ofSeconds(30), RetryAfter.parse(date, now));
    assertEquals(Duration.ZERO, RetryAfter.parse("Sun, 01 Mar 2026 11:00:00 GMT", now));
    assertEquals(null, RetryAfter.parse("soon", now));
    assertEquals(null, RetryAfter.parse(null, now));
  }

  @Test
  void serverErrorsAreRetriedOnTheSamePage() throws Exception {
    List<String> cursors = new CopyOnWriteArrayList<>();
    try (HttpStub stub =
        new HttpStub(
            (n, x) -> {
              String q = x.getRequestURI().getRawQuery();
              cursors.add(q.contains("cursor=") ? q.substring(q.indexOf("cursor=")) : "-");
              switch (n) {
                case 1 -> send(x, 200, page(employees("a", 2), "\"p2\""));
                case 2, 3 -> send(x, n == 2 ? 500 : 502, "oops");
                default -> send(x, 200, page(employees("b", 2), "null"));
              }
            })) {
      List<HrisEmployee> got = new ArrayList<>();
      ReadResult result = client.read(settings(stub), null, got::add);

      assertEquals(4, result.records());
      assertEquals(4, got.size());
      assertEquals(2, result.pages());
      assertEquals(List.of("-", "cursor=p2", "cursor=p2", "cursor=p2"), cursors);
    }
  }

  @Test
  void serverErrorForeverNamesTheStatus() throws Exception {
    try (HttpStub stub = new HttpStub((n, x) -> send(x, 500, "<h1>Internal</h1>"))) {
      HrisException e = failure(client, settings(stub));

      assertEquals(Kind.SERVER_ERROR, e.kind());
      assertEquals(500, e.status());
      assertTrue(e.getMessage().contains("HTTP 500"), e.getMessage());
      assertTrue(e.getMessage().contains("4 tries"), e.getMessage());
      assertEquals(4, stub.requests());
    }
  }

  @Test
  void noAnswerIsTimeoutAfterRetries() throws Exception {
    try (HttpStub stub = new HttpStub((n, x) -> HttpStub.hang())) {
      HrisException e = failure(client, settings(stub).withRetries(1, Duration.ofMillis(10)));

      assertEquals(Kind.TIMEOUT, e.kind());
      assertEquals(0, e.status());
      assertTrue(e.getMessage().contains("300 ms"), e.getMessage());
      assertEquals(2, stub.requests());
    }
  }

  @Test
  void answerThatStopsMidBodyIsTimeout() throws Exception {
    try (HttpStub stub =
        new HttpStub(
            (n, x) -> {
              x.sendResponseHeaders(200, 0);
              OutputStream out = x.getResponseBody();
              out.write(
                  "{\"status\":\"success\",\"data\":{\"results\":["
                      .getBytes(StandardCharsets.UTF_8));
              out.flush();
              HttpStub.hang();
            })) {
      long start = System.nanoTime();
      HrisException e = failure(client, settings(stub).withRetries(1, Duration.ofMillis(10)));

      assertEquals(Kind.TIMEOUT, e.kind());
      assertEquals(2, stub.requests());
      assertTrue(System.nanoTime() - start < 5_000_000_000L);
    }
  }

  @Test
  void refusedConnectionIsUnreachable() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    HrisSettings s = HrisSettings.of("http://127.0.0.1:" + port, "key", "integration");

    HrisException e = failure(client, s);

    assertEquals(Kind.UNREACHABLE, e.kind());
    assertTrue(e.getMessage().contains("127.0.0.1:" + port), e.getMessage());
  }

  @Test
  void badRequestKeepsTheServersMessage() throws Exception {
    try (HttpStub stub =
        new HttpStub(
            (n, x) ->
                send(
                    x,
                    400,
                    "{\"status\":\"error\",\"error\":{\"message\":\"updated_after is in the"
                        + " future\"}}"))) {
      HrisException e = failure(client, settings(stub));

      assertEquals(Kind.BAD_REQUEST, e.kind());
      assertEquals(400, e.status());
      assertTrue(e.getMessage().contains("\"updated_after is in the future\""), e.getMessage());
      assertEquals(1, stub.requests());
    }
  }
}
