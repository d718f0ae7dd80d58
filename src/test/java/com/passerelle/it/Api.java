package com.passerelle.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Shared helper of the integration tests: HTTP Basic calls to the REST API of the running server,
 * JSON reading, flow creation, uploads, polling a run until it is finished, and unique names so
 * that tests never clash with each other or with data of a previous run on the same database.
 */
public final class Api {
  /** Base URL of the server under test, without a trailing slash. */
  public static final String BASE =
      System.getProperty("passerelle.url", "http://localhost:9080").replaceAll("/+$", "");

  public static final Duration RUN_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

  /** The header of the CSV files of {@link #standardFlow}. */
  public static final String HEADER = "employee_id,first_name,last_name,work_email,start_date";

  static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final String SESSION_TOKEN =
      Long.toString(System.currentTimeMillis(), 36) + Integer.toString(RANDOM.nextInt(1296), 36);

  private Api() {}

  /** The demo accounts (liberty/demo-users.xml). */
  public enum User {
    ADMIN("admin", "admin"),
    VIEWER("viewer", "viewer");

    public final String name;
    public final String password;

    User(String name, String password) {
      this.name = name;
      this.password = password;
    }

    public String basic() {
      return basic(name, password);
    }

    public static String basic(String user, String password) {
      return "Basic "
          + Base64.getEncoder()
              .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
  }

  // ---------------------------------------------------------------- unique names

  /**
   * A lower-case token unique to this JVM and very likely across JVMs (time + random + counter):
   * safe in flow names, emails and external ids.
   */
  public static String unique() {
    return SESSION_TOKEN
        + "x"
        + COUNTER.incrementAndGet()
        + Integer.toString(RANDOM.nextInt(46656), 36);
  }

  public static String uniqueName(String prefix) {
    return "IT " + prefix + " " + unique();
  }

  // ---------------------------------------------------------------- raw HTTP

  public static URI uri(String path) {
    return URI.create(path.startsWith("http") ? path : BASE + path);
  }

  public static HttpRequest.Builder request(String path, User user) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
    if (user != null) {
      b.header("Authorization", user.basic());
    }
    return b;
  }

  public static HttpResponse<String> send(HttpRequest request) {
    return send(CLIENT, request);
  }

  /**
   * Sends a request once the application is ready. The server runs the application from
   * target/classes (loose application), so a compilation by someone else while the tests run makes
   * Liberty restart it: a request answered by Liberty's own "Context Root Not Found" page (never by
   * the application) waits for readiness and is sent once more.
   */
  static HttpResponse<String> send(HttpClient client, HttpRequest request) {
    ensureReady();
    HttpResponse<String> r = sendOnce(client, request);
    if (r.statusCode() == 404 && r.body().contains("CONTEXT_ROOT_NOT_FOUND")) {
      System.out.println("Api: application restarting, waiting to resend " + request.uri());
      ready = false;
      ensureReady();
      r = sendOnce(client, request);
    }
    return r;
  }

  private static HttpResponse<String> sendOnce(HttpClient client, HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static volatile boolean ready;

  /** Polls /health/ready until the application answers UP (at most 2 minutes). */
  public static void ensureReady() {
    if (ready) {
      return;
    }
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> r =
            CLIENT.send(
                HttpRequest.newBuilder(uri("/health/ready"))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        last = r.statusCode() + " " + abbreviate(r.body());
        if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
          ready = true;
          return;
        }
      } catch (IOException e) {
        last = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      pause();
    }
    fail("The application at " + BASE + " is not ready (GET /health/ready: " + last + ")");
  }

  public static HttpResponse<String> get(String path, User user) {
    return send(request(path, user).GET().build());
  }

  public static HttpResponse<String> postJson(String path, User user, String json) {
    return send(
        request(path, user)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build());
  }

  public static HttpResponse<String> postCsv(String path, User user, byte[] csv) {
    return send(
        request(path, user)
            .header("Content-Type", "text/csv")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(csv))
            .build());
  }

  public static HttpResponse<String> postEmpty(String path, User user) {
    return send(
        request(path, user)
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.noBody())
            .build());
  }

  public static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------- JSON

  public static JsonValue json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readValue();
    } catch (RuntimeException e) {
      throw new AssertionError("Response body is not JSON: " + abbreviate(body), e);
    }
  }

  public static JsonObject object(HttpResponse<String> response) {
    JsonValue v = json(response.body());
    if (v.getValueType() != JsonValue.ValueType.OBJECT) {
      fail("Expected a JSON object from " + describe(response));
    }
    return v.asJsonObject();
  }

  public static JsonArray array(HttpResponse<String> response) {
    JsonValue v = json(response.body());
    if (v.getValueType() != JsonValue.ValueType.ARRAY) {
      fail("Expected a JSON array from " + describe(response));
    }
    return v.asJsonArray();
  }

  /** A string member, or null when absent or JSON null. */
  public static String str(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : o.getString(key);
  }

  public static String describe(HttpResponse<String> response) {
    return response.request().method()
        + " "
        + response.request().uri()
        + " -> "
        + response.statusCode()
        + " "
        + response.headers().firstValue("Content-Type").orElse("")
        + " "
        + abbreviate(response.body());
  }

  static String abbreviate(String s) {
    if (s == null) {
      return "null";
    }
    return s.length() <= 1500 ? s : s.substring(0, 1500) + "...(" + s.length() + " chars)";
  }

  public static HttpResponse<String> expectStatus(int status, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), () -> "Unexpected status: " + describe(response));
    return response;
  }

  // ---------------------------------------------------------------- flows

  /**
   * The flow definition most tests use: columns employee_id, first_name, last_name, work_email,
   * start_date ({@link #HEADER}), all five fields required, comma, ISO dates.
   */
  public static JsonObjectBuilder standardFlow(String name) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("description", "Created by an integration test")
        .add("delimiter", ",")
        .add("dateFormat", "yyyy-MM-dd")
        .add("mapping", standardMapping())
        .add(
            "requiredFields",
            Json.createArrayBuilder()
                .add("external_id")
                .add("first_name")
                .add("last_name")
                .add("email")
                .add("start_date"))
        .add("active", true);
  }

  /** The mapping of {@link #standardFlow}: fields to the columns of {@link #HEADER}. */
  public static JsonObjectBuilder standardMapping() {
    return Json.createObjectBuilder()
        .add("external_id", "employee_id")
        .add("first_name", "first_name")
        .add("last_name", "last_name")
        .add("email", "work_email")
        .add("start_date", "start_date");
  }

  /** Sends n requests at the same moment (n threads); returns their statuses, sorted. */
  public static List<Integer> statusesOfConcurrent(
      int n, java.util.function.Supplier<HttpResponse<String>> call) {
    return concurrent(n, call).stream().map(HttpResponse::statusCode).sorted().toList();
  }

  /** The same call n times at once; the responses in no particular order. */
  public static List<HttpResponse<String>> concurrent(
      int n, java.util.function.Supplier<HttpResponse<String>> call) {
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(n);
    try {
      List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        calls.add(java.util.concurrent.CompletableFuture.supplyAsync(call, pool));
      }
      return calls.stream().map(java.util.concurrent.CompletableFuture::join).toList();
    } finally {
      pool.shutdown();
    }
  }

  /**
   * A flow reading an HRIS API (the contract's columns mapped onto the person), with the given
   * connection (baseUrl, integrationId, apiKey, ...).
   */
  public static JsonObjectBuilder hrisFlow(String name, JsonObjectBuilder connection) {
    return standardFlow(name)
        .add("sourceType", "HRIS_API")
        .add(
            "mapping",
            Json.createObjectBuilder()
                .add("external_id", "remote_id")
                .add("email", "work_email")
                .add("first_name", "first_name")
                .add("last_name", "last_name")
                .add("start_date", "start_date"))
        .add("hris", connection);
  }

  public static JsonObjectBuilder hrisConnection(String baseUrl, String integration, String key) {
    JsonObjectBuilder c =
        Json.createObjectBuilder().add("baseUrl", baseUrl).add("integrationId", integration);
    return key == null ? c : c.add("apiKey", key);
  }

  /** PUT of a flow definition as admin (the answer unchecked). */
  public static HttpResponse<String> putFlow(long flowId, JsonObjectBuilder definition) {
    return send(
        request("/api/v1/flows/" + flowId, User.ADMIN)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(definition.build().toString()))
            .build());
  }

  /** Runs the flow now as admin (202) and waits for the run to finish. */
  public static JsonObject runNowAndWait(long flowId) {
    JsonObject started =
        object(expectStatus(202, postEmpty("/api/v1/flows/" + flowId + "/runs", User.ADMIN)));
    return awaitFinished(started.getJsonNumber("id").longValue());
  }

  /** Creates a flow as admin, asserting 201; returns the created flow. */
  public static JsonObject createFlow(JsonObjectBuilder definition) {
    HttpResponse<String> r = postJson("/api/v1/flows", User.ADMIN, definition.build().toString());
    expectStatus(201, r);
    return object(r);
  }

  /** Creates a {@link #standardFlow} with a unique name; returns its id. */
  public static long createStandardFlow(String prefix) {
    return createFlow(standardFlow(uniqueName(prefix))).getJsonNumber("id").longValue();
  }

  // ---------------------------------------------------------------- runs

  /**
   * Uploads a CSV file and starts a run (asserting 202 and a Location naming the run; that the
   * Location can be followed is checked by CsvImportIT, not here); returns the run.
   */
  public static JsonObject upload(long flowId, String filename, byte[] csv) {
    HttpResponse<String> r =
        postCsv("/api/v1/flows/" + flowId + "/uploads?filename=" + enc(filename), User.ADMIN, csv);
    expectStatus(202, r);
    JsonObject run = object(r);
    long id = run.getJsonNumber("id").longValue();
    String location = r.headers().firstValue("Location").orElse("");
    if (!location.endsWith("/api/v1/runs/" + id)) {
      fail("202 without the run's Location (" + location + "): " + describe(r));
    }
    return run;
  }

  /** Uploads, waits for the end of the run and returns the finished run. */
  public static JsonObject importFile(long flowId, byte[] csv) {
    JsonObject started = upload(flowId, "employees.csv", csv);
    return awaitFinished(started.getJsonNumber("id").longValue());
  }

  public static JsonObject run(long runId) {
    HttpResponse<String> r = get("/api/v1/runs/" + runId, User.ADMIN);
    expectStatus(200, r);
    return object(r);
  }

  public static JsonObject awaitFinished(long runId) {
    return awaitFinished(runId, RUN_TIMEOUT);
  }

  /**
   * Waits for the run's end with the API's own wait ({@code ?wait=N}): a request or two instead of
   * a poll every 200 ms; fails after the timeout.
   */
  public static JsonObject awaitFinished(long runId, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    JsonObject run;
    while (true) {
      long left = TimeUnit.NANOSECONDS.toSeconds(deadline - System.nanoTime());
      HttpResponse<String> r =
          get("/api/v1/runs/" + runId + "?wait=" + Math.max(1, Math.min(20, left)), User.ADMIN);
      expectStatus(200, r);
      run = object(r);
      if (!"IN_PROGRESS".equals(run.getString("state"))) {
        return run;
      }
      if (System.nanoTime() > deadline) {
        fail("Run " + runId + " still IN_PROGRESS after " + timeout.toSeconds() + " s: " + run);
      }
      pause(); // a server with too many waiters answers at once
    }
  }

  /** Polls until the run has written some lines (so a stop finds it mid-file). */
  public static JsonObject awaitSomeLines(long runId) {
    long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
    while (true) {
      JsonObject run = run(runId);
      if (run.getJsonNumber("total").longValue() > 0
          || !"IN_PROGRESS".equals(run.getString("state"))) {
        return run;
      }
      if (System.nanoTime() > deadline) {
        fail("Run " + runId + " wrote no line in " + RUN_TIMEOUT.toSeconds() + " s: " + run);
      }
      try {
        Thread.sleep(50); // a chunk takes tens of milliseconds: catch the run early in its file
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** Stops a run as admin (asserting 200); returns the stopped run. */
  public static JsonObject stop(long runId) {
    HttpResponse<String> r = postEmpty("/api/v1/runs/" + runId + "/stop", User.ADMIN);
    expectStatus(200, r);
    return object(r);
  }

  /** The drop zone folder of a flow on the server under test (same machine). */
  public static java.nio.file.Path dropZone(long flowId) {
    return java.nio.file.Path.of(System.getProperty("passerelle.it.data.dir"))
        .resolve("dropzone")
        .resolve("flow-" + flowId);
  }

  /**
   * What {@code read} gives once {@code done} holds, or its last value after the timeout (the
   * caller's assertion then says what was seen): for what the server finishes after its answer.
   */
  public static <T> T eventually(Supplier<T> read, Predicate<T> done, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    T seen = read.get();
    while (!done.test(seen) && System.nanoTime() < deadline) {
      pause();
      seen = read.get();
    }
    return seen;
  }

  static void pause() {
    try {
      Thread.sleep(POLL_INTERVAL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static long count(JsonObject run, String status) {
    return run.getJsonObject("counts").getJsonNumber(status).longValue();
  }

  /** The counts of a run as "SUCCESS=1, PARTIAL_SUCCESS=0, ...", for readable assertions. */
  public static String counts(JsonObject run) {
    return "SUCCESS="
        + count(run, "SUCCESS")
        + ", PARTIAL_SUCCESS="
        + count(run, "PARTIAL_SUCCESS")
        + ", FAILURE="
        + count(run, "FAILURE")
        + ", FILTERED="
        + count(run, "FILTERED")
        + ", ALREADY_CREATED="
        + count(run, "ALREADY_CREATED");
  }

  public static String counts(
      long success, long partial, long failure, long filtered, long alreadyCreated) {
    return "SUCCESS="
        + success
        + ", PARTIAL_SUCCESS="
        + partial
        + ", FAILURE="
        + failure
        + ", FILTERED="
        + filtered
        + ", ALREADY_CREATED="
        + alreadyCreated;
  }

  /** The run's error code, or null. */
  public static String errorCode(JsonObject run) {
    JsonValue error = run.get("error");
    return error == null || error.getValueType() == JsonValue.ValueType.NULL
        ? null
        : error.asJsonObject().getString("code");
  }

  /** GET /api/v1/runs/{id}/lines with the given query string (without '?'); asserts 200. */
  public static JsonObject lines(long runId, String query) {
    HttpResponse<String> r =
        get(
            "/api/v1/runs/"
                + runId
                + "/lines"
                + (query == null || query.isEmpty() ? "" : "?" + query),
            User.ADMIN);
    expectStatus(200, r);
    return object(r);
  }

  /** The page a "next" or "previous" link points to (a path from the server root). */
  public static JsonObject follow(String link) {
    HttpResponse<String> r = get(link, User.ADMIN);
    expectStatus(200, r);
    return object(r);
  }

  /** Every line of a (small) run, in line order. */
  public static List<JsonObject> allLines(long runId) {
    List<JsonObject> all = new ArrayList<>();
    JsonObject page = lines(runId, "size=500");
    page.getJsonArray("items").forEach(v -> all.add(v.asJsonObject()));
    if (page.getJsonNumber("total").longValue() != all.size()) {
      fail("allLines is meant for runs of at most 500 lines: " + page.getJsonNumber("total"));
    }
    return all;
  }

  /** The line that starts at this physical line number, or a failure listing the lines. */
  public static JsonObject line(List<JsonObject> lines, int lineNumber) {
    return lines.stream()
        .filter(l -> l.getInt("lineNumber") == lineNumber)
        .findFirst()
        .orElseThrow(() -> new AssertionError("No line " + lineNumber + " in " + lines));
  }

  /** The codes of a line's messages, in order. */
  public static List<String> codes(JsonObject line) {
    List<String> codes = new ArrayList<>();
    line.getJsonArray("messages").forEach(m -> codes.add(m.asJsonObject().getString("code")));
    return codes;
  }

  public static JsonObject firstMessage(JsonObject line) {
    if (line.getJsonArray("messages").isEmpty()) {
      fail("Line has no message: " + line);
    }
    return line.getJsonArray("messages").getJsonObject(0);
  }

  // ---------------------------------------------------------------- CSV files

  /** A CSV file, UTF-8, lines joined with LF and a final LF. */
  public static byte[] csv(String... lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** Concatenates byte fragments (to put non-UTF-8 bytes into a file). */
  public static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof byte[] b) {
        out.writeBytes(b);
      } else {
        out.writeBytes(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }

  /** A unique, valid work email for a person of a test. */
  public static String email(String who, String token) {
    return (who + "." + token + "@it.example.com").toLowerCase(Locale.ROOT);
  }

  // ---------------------------------------------------------------- webhook endpoints

  /** An active endpoint (events ALL) with this authorization key; its id. */
  public static long createEndpoint(String name, String url, String authKey) {
    return object(
            expectStatus(
                201,
                postJson(
                    "/api/v1/webhooks",
                    User.ADMIN,
                    Json.createObjectBuilder()
                        .add("name", name)
                        .add("url", url)
                        .add("authKey", authKey)
                        .add("eventsMode", "ALL")
                        .add("active", true)
                        .build()
                        .toString())))
        .getJsonNumber("id")
        .longValue();
  }

  /** Deactivates an endpoint: other tests' absences must not write to a receiver that is gone. */
  public static void deactivateEndpoint(long endpoint) {
    JsonObject e = object(expectStatus(200, get("/api/v1/webhooks/" + endpoint, User.ADMIN)));
    expectStatus(
        200,
        send(
            request("/api/v1/webhooks/" + endpoint, User.ADMIN)
                .header("Content-Type", "application/json")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        Json.createObjectBuilder()
                            .add("name", e.getString("name"))
                            .add("url", e.getString("url"))
                            .add("eventsMode", e.getString("eventsMode"))
                            .add("active", false)
                            .add("version", e.getJsonNumber("version").longValue())
                            .build()
                            .toString()))
                .build()));
  }
}
