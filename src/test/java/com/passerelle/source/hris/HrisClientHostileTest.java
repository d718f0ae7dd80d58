package com.passerelle.source.hris;

import static com.passerelle.source.hris.HttpStub.employees;
import static com.passerelle.source.hris.HttpStub.page;
import static com.passerelle.source.hris.HttpStub.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.source.hris.HrisException.Kind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Answers outside the contract: each stops the read with its own outcome, nothing guessed. */
class HrisClientHostileTest {
  private final HrisClient client = new HrisClient();

  private HrisException failure(HttpStub stub, List<HrisEmployee> sink) {
    HrisSettings s =
        HrisSettings.of(stub.url(), "key", "integration").withRetries(1, Duration.ofMillis(10));
    return assertThrows(HrisException.class, () -> client.read(s, null, sink::add));
  }

  private HrisException failure(String body) throws IOException {
    try (HttpStub stub = new HttpStub((n, x) -> send(x, 200, body))) {
      HrisException e = failure(stub, new ArrayList<>());
      assertEquals(1, stub.requests(), "not retried");
      return e;
    }
  }

  @Test
  void notJsonIsInvalidJson() throws IOException {
    HrisException e = failure("<html><body>Maintenance</body></html>");

    assertEquals(Kind.INVALID_JSON, e.kind());
    assertEquals(200, e.status());
    assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
  }

  @Test
  void shapesOutsideTheContractAreInvalidJson() throws IOException {
    String[][] cases = {
      {"{\"status\":\"success\"}", "it has no data"},
      {"{\"status\":\"success\",\"data\":null}", "its data is not an object"},
      {"{\"status\":\"success\",\"data\":{\"next\":null,\"results\":{}}}", "not a list"},
      {"{\"status\":\"success\",\"data\":{\"next\":null}}", "has no results"},
      {"{\"status\":\"success\",\"data\":{\"results\":[]}}", "has no next cursor"},
      {"{\"status\":\"success\",\"data\":{\"next\":5,\"results\":[]}}", "not a string or null"},
      {"{\"status\":\"error\",\"data\":{\"next\":null,\"results\":[]}}", "status is \"error\""},
      {"{\"data\":{\"next\":null,\"results\":[]}}", "it has no status"},
      {"{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[1]}}", "not an object"},
      {"[1,2]", "not a JSON object"},
      {page("[]", "null") + " {}", "more text after the JSON"},
      {"{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[{\"id\":", "not valid JSON"},
      {"", "not valid JSON"},
    };
    for (String[] c : cases) {
      HrisException e = failure(c[0]);
      assertEquals(Kind.INVALID_JSON, e.kind(), c[0]);
      assertTrue(e.getMessage().contains(c[1]), c[0] + " -> " + e.getMessage());
    }
  }

  @Test
  void statusAfterDataIsStillChecked() throws IOException {
    HrisException e =
        failure(
            "{\"data\":{\"next\":null,\"results\":" + employees("a", 2) + "},\"status\":\"x\"}");

    assertEquals(Kind.INVALID_JSON, e.kind());
  }

  @Test
  void emptyPageWithCursorStops() throws IOException {
    HrisException e = failure(page("[]", "\"more\""));

    assertEquals(Kind.EMPTY_PAGE_WITH_CURSOR, e.kind());
  }

  @Test
  void repeatedCursorStopsAfterTheGoodPages() throws IOException {
    try (HttpStub stub =
        new HttpStub(
            (n, x) ->
                send(x, 200, page(employees("p" + n + "-", 2), n % 2 == 1 ? "\"A\"" : "\"B\"")))) {
      List<HrisEmployee> got = new ArrayList<>();
      HrisException e = failure(stub, got);

      assertEquals(Kind.CURSOR_REPEATED, e.kind());
      assertEquals(3, stub.requests());
      assertEquals(4, got.size(), "pages 1 and 2 were handed, page 3 was not");
    }
  }

  @Test
  void tenThousandForTwoHundredFiftyIsPageTooLarge() throws IOException {
    try (HttpStub stub =
        new HttpStub((n, x) -> send(x, 200, page(employees("x", 10_000), "null")))) {
      List<HrisEmployee> got = new ArrayList<>();
      HrisException e = failure(stub, got);

      assertEquals(Kind.PAGE_TOO_LARGE, e.kind());
      assertTrue(e.getMessage().contains("more than 250"), e.getMessage());
      assertEquals(0, got.size(), "a page is handed whole or not at all");
    }
  }

  @Test
  void fiftyMegabytesStreamedIsResponseTooLargeEarly() throws IOException {
    AtomicLong written = new AtomicLong();
    long fifty = 50L << 20;
    try (HttpStub stub =
        new HttpStub(
            (n, x) -> {
              x.sendResponseHeaders(200, 0); // chunked: no length to refuse up front
              byte[] spaces = new byte[64 * 1024];
              Arrays.fill(spaces, (byte) ' ');
              try (OutputStream out = x.getResponseBody()) {
                out.write(
                    "{\"status\":\"success\",\"data\":{\"results\":["
                        .getBytes(StandardCharsets.UTF_8));
                while (written.get() < fifty) {
                  out.write(spaces);
                  written.addAndGet(spaces.length);
                }
              }
            })) {
      long start = System.nanoTime();
      HrisException e = failure(stub, new ArrayList<>());
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertEquals(Kind.RESPONSE_TOO_LARGE, e.kind());
      assertTrue(e.getMessage().contains("16 MB"), e.getMessage());
      assertTrue(millis < 5000, millis + " ms");
      assertEquals(1, stub.requests(), "not retried");
      Thread.sleep(200);
      assertTrue(written.get() < fifty, "the client stopped reading: " + written.get());
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void declaredFiftyMegabytesIsRefusedBeforeReading() throws IOException {
    try (HttpStub stub =
        new HttpStub(
            (n, x) -> {
              x.sendResponseHeaders(200, 50L << 20);
              x.getResponseBody().write(new byte[1024]);
              HttpStub.hang();
            })) {
      long start = System.nanoTime();
      HrisException e = failure(stub, new ArrayList<>());

      assertEquals(Kind.RESPONSE_TOO_LARGE, e.kind());
      assertTrue(System.nanoTime() - start < 2_000_000_000L);
    }
  }

  @Test
  void redirectIsNotFollowed() throws IOException {
    try (HttpStub stub =
        new HttpStub(
            (n, x) -> {
              x.getResponseHeaders().set("Location", "https://elsewhere.example/v1?token=abc");
              send(x, 302, "");
            })) {
      HrisException e = failure(stub, new ArrayList<>());

      assertEquals(Kind.REDIRECTED, e.kind());
      assertEquals(302, e.status());
      assertTrue(e.getMessage().contains("https://elsewhere.example/v1"), e.getMessage());
      assertFalse(e.getMessage().contains("token=abc"), e.getMessage());
      assertEquals(1, stub.requests());
    }
  }

  @Test
  void sizeLimitCountsEveryByteOfTheBody() throws Exception {
    String body = page(employees("a", 1), "null");
    int limit = 4096;
    for (int size : new int[] {limit, limit + 1}) {
      String padded = body + " ".repeat(size - body.length());
      try (HttpStub stub =
          new HttpStub(
              (n, x) -> {
                x.sendResponseHeaders(200, 0); // chunked: only the stream's count can tell
                try (OutputStream out = x.getResponseBody()) {
                  out.write(padded.getBytes(StandardCharsets.UTF_8));
                }
              })) {
        HrisSettings s =
            HrisSettings.of(stub.url(), "key", "integration").withMaxResponseBytes(limit);
        if (size == limit) {
          assertEquals(1, client.read(s, null, e -> {}).records());
        } else {
          HrisException e = assertThrows(HrisException.class, () -> client.read(s, null, x -> {}));
          assertEquals(Kind.RESPONSE_TOO_LARGE, e.kind());
          assertTrue(e.getMessage().contains("4 KB"), e.getMessage());
        }
      }
    }
  }
}
