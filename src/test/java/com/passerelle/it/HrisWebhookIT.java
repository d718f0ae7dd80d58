package com.passerelle.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.demo.FakeHris;
import com.passerelle.demo.FakeHrisServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /hooks/hris/{flowId}: secret, method, size and JSON checks; one run per event id. */
class HrisWebhookIT {
  private static final String KEY = "key-" + Api.unique();
  private static final String INTEGRATION = "hook:" + Api.unique();
  private static final String SECRET = "hook-secret-" + Api.unique();
  private static FakeHrisServer hris;
  private static long flowId;

  @BeforeAll
  static void flow() throws IOException {
    hris = new FakeHrisServer(new FakeHris(3, KEY, INTEGRATION));
    flowId =
        Api.createFlow(
                Api.hrisFlow(
                    Api.uniqueName("hooked"),
                    Api.hrisConnection(hris.baseUrl(), INTEGRATION, KEY)
                        .add("webhookSecret", SECRET)))
            .getJsonNumber("id")
            .longValue();
  }

  @AfterAll
  static void stop() {
    hris.close();
  }

  private static String syncFinished(String id, String state) {
    return Json.createObjectBuilder()
        .add("id", id)
        .add("type", "sync-finished")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("sync_id", "S" + id)
                .add("sync_state", state)
                .add("integration_id", INTEGRATION)
                .add("integration_tool", "personio")
                .add("integration_category", "HRIS"))
        .build()
        .toString();
  }

  private static HttpResponse<String> post(long flow, String secret, String body) {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(Api.uri("/hooks/hris/" + flow))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (secret != null) {
      r.header("Authorization", "Bearer " + secret);
    }
    return Api.send(r.build());
  }

  /** Today's count of a code of this flow's inbound webhook on the dashboard (0 when none). */
  private long refusedToday(String code) {
    HttpResponse<String> r =
        Api.get(
            "/api/v1/monitoring/failures/INBOUND_WEBHOOK/" + flowId + "/" + code + "?days=1",
            Api.User.ADMIN);
    return r.statusCode() == 404
        ? 0
        : Api.object(r).getJsonObject("failure").getJsonNumber("total").longValue();
  }

  @Test
  void onlyTheFlowsSecretOpensTheDoor() {
    String body = syncFinished("E-" + Api.unique(), "SUCCEEDED");
    long before = refusedToday("401");
    long start = System.nanoTime();
    assertEquals(401, post(flowId, null, body).statusCode());
    for (int i = 0; i < 20; i++) {
      assertEquals(401, post(flowId, SECRET + "x", body).statusCode());
    }
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    // Refused deliveries are failures of the inbound webhook on the monitoring dashboard, at most
    // one per flow and status per second: 21 anonymous requests do not write 21 rows.
    long counted = refusedToday("401") - before;
    assertTrue(counted >= 1 && counted <= seconds + 1, counted + " in " + seconds + " s");
    assertEquals(401, post(999_999_999, SECRET, body).statusCode());
    HttpResponse<String> get =
        Api.send(HttpRequest.newBuilder(Api.uri("/hooks/hris/" + flowId)).GET().build());
    assertEquals(405, get.statusCode());
    assertEquals("POST", get.headers().firstValue("Allow").orElse(""));
  }

  @Test
  void tooLargeOrNotJsonOrNotAnEventIsRefused() {
    assertEquals(
        413, post(flowId, SECRET, "{\"id\":\"" + "x".repeat(1 << 20) + "\"}").statusCode());
    assertEquals(400, post(flowId, SECRET, "{not json").statusCode());
    HttpResponse<String> noState = post(flowId, SECRET, syncFinished("E-" + Api.unique(), "ODD"));
    assertEquals(400, noState.statusCode());
    assertTrue(noState.body().contains("sync_state"), noState.body());
  }

  @Test
  void theSameDeliveryTwiceStartsOneRun() {
    String body = syncFinished("E-" + Api.unique(), "SUCCEEDED");
    List<HttpResponse<String>> both = Api.concurrent(2, () -> post(flowId, SECRET, body));
    List<Integer> statuses = both.stream().map(HttpResponse::statusCode).sorted().toList();
    assertEquals(List.of(200, 202), statuses, both::toString);
    JsonObject accepted =
        Api.object(both.stream().filter(r -> r.statusCode() == 202).findFirst().orElseThrow());
    assertTrue(
        List.of("STARTED", "SKIPPED").contains(accepted.getString("outcome")), accepted::toString);
    if (accepted.containsKey("run") && "STARTED".equals(accepted.getString("outcome"))) {
      Api.awaitFinished(accepted.getJsonNumber("run").longValue());
    }
    assertEquals(200, post(flowId, SECRET, body).statusCode(), "a third delivery");
  }

  @Test
  void aSyncDuringARunIsReadOnceMoreWhenTheRunEnds() throws IOException {
    // An HRIS answering after 3 s: the first run is still reading when the second event comes.
    try (StubHris slow = StubHris.answering(Duration.ofSeconds(3), StubHris.EMPTY_PAGE)) {
      String url = slow.baseUrl();
      long slowFlow =
          Api.createFlow(
                  Api.hrisFlow(
                      Api.uniqueName("slow-hook"),
                      Api.hrisConnection(url, INTEGRATION, KEY).add("webhookSecret", SECRET)))
              .getJsonNumber("id")
              .longValue();
      assertEquals(
          "STARTED",
          Api.object(post(slowFlow, SECRET, syncFinished("A-" + Api.unique(), "SUCCEEDED")))
              .getString("outcome"));
      JsonObject during =
          Api.object(post(slowFlow, SECRET, syncFinished("B-" + Api.unique(), "SUCCEEDED")));
      assertEquals("SKIPPED", during.getString("outcome"), during::toString);
      assertTrue(during.getString("detail").contains("a read follows"), during::toString);

      long deadline = System.nanoTime() + 20_000_000_000L;
      long started = 0;
      while (started < 2 && System.nanoTime() < deadline) {
        Api.pause();
        started =
            Api.array(Api.get("/api/v1/flows/" + slowFlow + "/triggers", Api.User.ADMIN)).stream()
                .filter(t -> "STARTED".equals(t.asJsonObject().getString("outcome")))
                .count();
      }
      assertEquals(2, started, "no follow-up read after the run the second event came during");
    }
  }

  @Test
  void anInactiveFlowsWebhookStartsNothing() {
    long inactive =
        Api.createFlow(
                Api.hrisFlow(
                        Api.uniqueName("inactive-hook"),
                        Api.hrisConnection(hris.baseUrl(), INTEGRATION, KEY)
                            .add("webhookSecret", SECRET))
                    .add("active", false))
            .getJsonNumber("id")
            .longValue();
    JsonObject receipt =
        Api.object(post(inactive, SECRET, syncFinished("I-" + Api.unique(), "SUCCEEDED")));
    assertEquals("IGNORED", receipt.getString("outcome"), receipt::toString);
    assertTrue(receipt.getString("detail").contains("inactive"), receipt::toString);
  }

  @Test
  void aSyncTheCustomerMustFixStartsNothingAndSaysWhoActs() {
    HttpResponse<String> r =
        post(flowId, SECRET, syncFinished("E-" + Api.unique(), "AUTHENTICATION_FAILED"));
    assertEquals(202, r.statusCode(), r::body);
    JsonObject receipt = Api.object(r);
    assertEquals("IGNORED", receipt.getString("outcome"));
    assertTrue(receipt.getString("detail").contains("customer must fix"), receipt::toString);
  }
}
