package com.passerelle.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.demo.FakeHris;
import com.passerelle.demo.FakeHrisServer;
import com.passerelle.it.Api.User;
import jakarta.json.JsonObject;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * HRIS API flows against the contract's fake HRIS (served from here): the first sync pending is a
 * wait, not a failure; then a full read, one line per employee; then only what changed since the
 * last successful read began; refused credentials are their own run error.
 */
class HrisSourceIT {
  private static final String KEY = "key-" + Api.unique();
  private static final String INTEGRATION = "personio:" + Api.unique();
  private static final int PEOPLE = 620; // 3 pages of 250
  private static FakeHrisServer server;

  @BeforeAll
  static void start() throws IOException {
    server = new FakeHrisServer(new FakeHris(PEOPLE, KEY, INTEGRATION));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static long flow(String apiKey) {
    return Api.createFlow(
            Api.hrisFlow(
                Api.uniqueName("hris"), Api.hrisConnection(server.baseUrl(), INTEGRATION, apiKey)))
        .getJsonNumber("id")
        .longValue();
  }

  private static JsonObject runNow(long flowId) {
    return Api.runNowAndWait(flowId);
  }

  @Test
  void firstSyncPendingThenAFullReadThenOnlyTheChanges() {
    server.hris().pendFirstSync(1, 503);
    long flowId = flow(KEY);

    JsonObject waiting = runNow(flowId);
    assertEquals("WAITING_FIRST_SYNC", waiting.getString("state"), waiting::toString);
    assertEquals("HRIS_FIRST_SYNC_PENDING", Api.errorCode(waiting));

    long version = flowJson(flowId).getJsonNumber("version").longValue();
    JsonObject full = runNow(flowId);
    int active = server.hris().count(false);
    assertEquals("SUCCEEDED", full.getString("state"), () -> Api.counts(full));
    // Each employee once: created, or already there when another test read the same fake HRIS.
    assertEquals(
        active,
        Api.count(full, "SUCCESS") + Api.count(full, "ALREADY_CREATED"),
        () -> Api.counts(full));
    assertEquals(0, Api.count(full, "FAILURE"), () -> Api.counts(full));
    JsonObject hris =
        Api.object(Api.get("/api/v1/flows/" + flowId, User.ADMIN)).getJsonObject("hris");
    assertNotNull(hris.get("updatedAfter"), "the read's start was not kept: " + hris);

    server.hris().touch(3);
    JsonObject changes = runNow(flowId);
    assertEquals(3, changes.getJsonNumber("total").longValue(), () -> Api.counts(changes));
    assertTrue(
        server.requests().stream().anyMatch(r -> r.toString().contains("updated_after")),
        "no read asked for changes only");
  }

  @Test
  void anotherHrisIsReadInFullAndNeedsItsKeyAgain() {
    long flowId = flow(KEY);
    assertEquals("SUCCEEDED", runNow(flowId).getString("state"));
    JsonObject flow = flowJson(flowId);
    assertNotNull(flow.getJsonObject("hris").get("updatedAfter"));

    String otherUrl = server.baseUrl() + "/other";
    JsonObject refused =
        ApiSecurityIT.assertProblem(400, put(flowId, definition(flow, otherUrl, null)));
    assertTrue(refused.getJsonObject("fields").containsKey("hris.apiKey"), refused::toString);

    JsonObject moved =
        Api.object(Api.expectStatus(200, put(flowId, definition(flow, otherUrl, KEY))));
    assertEquals(
        jakarta.json.JsonValue.NULL,
        moved.getJsonObject("hris").getOrDefault("updatedAfter", jakarta.json.JsonValue.NULL),
        "another HRIS would only be asked for recent changes: " + moved);
  }

  private static JsonObject flowJson(long flowId) {
    return Api.object(Api.get("/api/v1/flows/" + flowId, User.ADMIN));
  }

  private static jakarta.json.JsonObjectBuilder definition(
      JsonObject flow, String url, String key) {
    return Api.hrisFlow(flow.getString("name"), Api.hrisConnection(url, INTEGRATION, key));
  }

  private static java.net.http.HttpResponse<String> put(
      long flowId, jakarta.json.JsonObjectBuilder definition) {
    return Api.putFlow(flowId, definition);
  }

  @Test
  void aPageOfTenThousandForTwoHundredFiftyIsARunErrorAndNothingIsImported() throws IOException {
    StringBuilder page =
        new StringBuilder("{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[");
    for (int i = 0; i < 10_000; i++) {
      page.append(i == 0 ? "" : ",").append("{\"id\":\"h").append(i);
      page.append("\",\"remote_id\":\"r").append(i).append("\"}");
    }
    try (StubHris hostile =
        StubHris.answering(java.time.Duration.ZERO, page.append("]}}").toString())) {
      String url = hostile.baseUrl();
      long flowId =
          Api.createFlow(Api.hrisFlow(Api.uniqueName("hostile"), Api.hrisConnection(url, "x", "k")))
              .getJsonNumber("id")
              .longValue();
      JsonObject run = runNow(flowId);
      assertEquals("FAILED", run.getString("state"), run::toString);
      assertEquals("API_EXTRACTION", Api.errorCode(run));
      assertEquals(0, run.getJsonNumber("total").longValue(), "lines of a refused page imported");
      assertTrue(
          run.toString().contains("more than 250 employees"),
          "the error does not say what was wrong: " + run);
    }
  }

  @Test
  void aRefusedKeyIsACredentialsErrorTheCustomerMustFix() {
    JsonObject run = runNow(flow("wrong-key"));
    assertEquals("FAILED", run.getString("state"), run::toString);
    assertEquals("HRIS_CREDENTIALS", Api.errorCode(run));
  }
}
