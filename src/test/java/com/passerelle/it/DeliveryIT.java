package com.passerelle.it;

import static com.passerelle.it.Api.expectStatus;
import static com.passerelle.it.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.it.Api.User;
import com.passerelle.webhook.LeaveSchema;
import com.passerelle.webhook.Signature;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole outbound path: an absence changed through the API reaches the customer's receiver (a
 * real HTTP server on loopback), one call per half-day leave and event, with the seeds' headers, a
 * payload valid against the JSON Schema, the Standard Webhooks signature, and per leave in the
 * order of the changes, retries included.
 */
class DeliveryIT {
  private static final String KEY = "ZGVsaXZlcnk6aXQ="; // delivery:it
  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  private static final Duration WAIT = Duration.ofSeconds(30);

  private static final Receiver receiver = new Receiver();
  private static String email;
  private static long account;

  @BeforeAll
  static void personAndAccount() {
    String token = Api.unique();
    email = Api.email("lovelace", token);
    long flow = Api.createStandardFlow("delivery");
    JsonObject run =
        Api.importFile(
            flow, Api.csv(Api.HEADER, "D-" + token + ",Ada,Lovelace," + email + ",2024-01-01"));
    assertEquals(Api.counts(1, 0, 0, 0, 0), Api.counts(run), run::toString);
    account =
        object(
                expectStatus(
                    201,
                    Api.postJson(
                        "/api/v1/leave-accounts",
                        User.ADMIN,
                        "{\"name\":\"Annual leave "
                            + token
                            + "\",\"categoryId\":1,"
                            + "\"categoryName\":\"Annual leave\",\"unit\":\"DAYS\"}")))
            .getJsonNumber("id")
            .longValue();
  }

  @AfterAll
  static void stop() {
    receiver.close();
  }

  private static long endpoint(String path, String mode) {
    JsonObject created =
        object(
            expectStatus(
                201,
                Api.postJson(
                    "/api/v1/webhooks",
                    User.ADMIN,
                    Json.createObjectBuilder()
                        .add("name", Api.uniqueName("delivery-it"))
                        .add("url", receiver.url(path))
                        .add("authKey", KEY)
                        .add("signingSecret", SECRET)
                        .add("eventsMode", mode)
                        .build()
                        .toString())));
    return created.getJsonNumber("id").longValue();
  }

  private static long absence(String start, String end) {
    return object(
            expectStatus(
                201,
                Api.postJson(
                    "/api/v1/absences",
                    User.ADMIN,
                    Json.createObjectBuilder()
                        .add("ownerEmail", email)
                        .add("accountId", account)
                        .add("startDate", start)
                        .add("startsAfternoon", false)
                        .add("endDate", end)
                        .add("endsMorning", false)
                        .build()
                        .toString())))
        .getJsonNumber("id")
        .longValue();
  }

  /** The calls to this path until there are {@code count} of them. */
  private static List<Receiver.Call> calls(String path, int count) throws InterruptedException {
    long end = System.nanoTime() + WAIT.toNanos();
    List<Receiver.Call> mine = List.of();
    while (System.nanoTime() < end) {
      mine = receiver.calls().stream().filter(c -> c.path().equals(path)).toList();
      if (mine.size() >= count) {
        return mine;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("got " + mine.size() + " of " + count + " calls to " + path);
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  @Test
  void aTwoDayAbsenceIsFourCallsPerEventSignedValidAndInOrderPerLeave() throws Exception {
    String path = "/all-" + Api.unique();
    endpoint(path, "ALL");
    long id = absence("2026-06-01", "2026-06-02");
    expectStatus(200, Api.postEmpty("/api/v1/absences/" + id + "/approve", User.ADMIN));
    expectStatus(200, Api.postEmpty("/api/v1/absences/" + id + "/cancel", User.ADMIN));

    List<Receiver.Call> calls = calls(path, 12);
    Map<String, List<String>> eventsByLeave = new LinkedHashMap<>();
    for (Receiver.Call call : calls) {
      assertEquals("Basic " + KEY, call.header("Authorization"));
      assertEquals("1", call.header("X-Version"));
      assertEquals("leave", call.header("X-Resource-Type"));
      assertTrue(call.header("Content-Type").startsWith("application/json"));
      LeaveSchema.assertValid(call.body());
      long ts = Long.parseLong(call.header("webhook-timestamp"));
      assertEquals(
          Signature.of(SECRET).sign(call.header("webhook-id"), ts, call.body()),
          call.header("webhook-signature"));
      JsonObject leave = json(call.body());
      assertEquals(email, leave.getJsonObject("owner").getString("email"));
      eventsByLeave
          .computeIfAbsent(leave.getString("id"), k -> new ArrayList<>())
          .add(call.header("X-Event"));
    }
    assertEquals(
        List.of(id + "-20260601-AM", id + "-20260601-PM", id + "-20260602-AM", id + "-20260602-PM"),
        eventsByLeave.keySet().stream().sorted().toList());
    for (List<String> events : eventsByLeave.values()) {
      assertEquals(List.of("created", "approved", "deleted"), events, eventsByLeave::toString);
    }
  }

  @Test
  void approvedOnlySkipsCreatedAndAFailedCallIsRetriedBeforeTheDeletedGoes() throws Exception {
    String path = "/approved-" + Api.unique();
    java.util.concurrent.atomic.AtomicBoolean refused =
        new java.util.concurrent.atomic.AtomicBoolean();
    receiver.otherwise(
        c ->
            c.path().equals(path) && refused.compareAndSet(false, true)
                ? Receiver.status(401, "{\"error\":\"key expired\"}")
                : Receiver.status(200));
    endpoint(path, "APPROVED_ONLY");
    long id = absence("2026-07-06", "2026-07-06"); // one day, two leaves: AM and PM
    expectStatus(200, Api.postEmpty("/api/v1/absences/" + id + "/approve", User.ADMIN));
    expectStatus(200, Api.send(Api.request("/api/v1/absences/" + id, User.ADMIN).DELETE().build()));

    List<Receiver.Call> calls = calls(path, 5); // 2 approved, 1 retry of a 401, 2 deleted
    Map<String, List<String>> eventsByLeave = new LinkedHashMap<>();
    for (Receiver.Call call : calls) {
      assertNotNull(call.header("X-Event"));
      eventsByLeave
          .computeIfAbsent(json(call.body()).getString("id"), k -> new ArrayList<>())
          .add(call.header("X-Event"));
    }
    List<List<String>> sequences = new ArrayList<>(eventsByLeave.values());
    sequences.sort((a, b) -> b.size() - a.size());
    assertEquals(
        List.of("approved", "approved", "deleted"), sequences.get(0), eventsByLeave::toString);
    assertEquals(List.of("approved", "deleted"), sequences.get(1), eventsByLeave::toString);
  }
}
