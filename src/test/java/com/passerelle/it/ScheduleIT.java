package com.passerelle.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.demo.FakeHris;
import com.passerelle.demo.FakeHrisServer;
import com.passerelle.it.Api.User;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Schedules are persistent EJB timers. The test server runs every schedule at seconds "*&#47;3", so
 * a "* * * * *" schedule fires every 3 seconds: no test waits minutes.
 */
class ScheduleIT {
  private static final String KEY = "key-" + Api.unique();
  private static final String INTEGRATION = "schedule:" + Api.unique();

  private static JsonObjectBuilder hrisFlow(String name, String baseUrl, boolean active) {
    return Api.hrisFlow(name, Api.hrisConnection(baseUrl, INTEGRATION, KEY))
        .add("active", active)
        .add(
            "schedule", Json.createObjectBuilder().add("cron", "* * * * *").add("timeZone", "UTC"));
  }

  private static JsonArray triggers(long flowId) {
    return Api.array(Api.get("/api/v1/flows/" + flowId + "/triggers", User.ADMIN));
  }

  private static JsonArray awaitTriggers(long flowId, Predicate<JsonArray> done) {
    return Api.eventually(() -> triggers(flowId), done, Duration.ofSeconds(30));
  }

  private static long count(JsonArray triggers, String outcome) {
    return triggers.stream()
        .filter(t -> outcome.equals(t.asJsonObject().getString("outcome")))
        .count();
  }

  @Test
  void aScheduleStartsRunsAndStopsWhenTheFlowIsDeactivated() throws IOException {
    try (FakeHrisServer hris = new FakeHrisServer(new FakeHris(5, KEY, INTEGRATION))) {
      String name = Api.uniqueName("scheduled");
      long flowId =
          Api.createFlow(hrisFlow(name, hris.baseUrl(), true)).getJsonNumber("id").longValue();

      JsonArray fired = awaitTriggers(flowId, t -> count(t, "STARTED") >= 1);
      assertTrue(count(fired, "STARTED") >= 1, "the schedule never started a run: " + fired);
      long runId = fired.getJsonObject(fired.size() - 1).getJsonNumber("runId").longValue();
      assertEquals("SCHEDULE", Api.run(runId).getString("trigger"));
      Api.awaitFinished(runId);

      put(flowId, hrisFlow(name, hris.baseUrl(), false));
      Api.pause(); // a firing already under way when the flow was saved may still land
      int before = triggers(flowId).size();
      sleep(Duration.ofSeconds(7)); // two periods of 3 s
      assertEquals(before, triggers(flowId).size(), "an inactive flow's schedule still fires");
    }
  }

  @Test
  void aFiringDuringARunIsSkippedNotQueued() throws IOException {
    // An HRIS that takes 10 s to answer: the first run is in progress for the next firings.
    try (StubHris slow = StubHris.answering(Duration.ofSeconds(10), StubHris.EMPTY_PAGE)) {
      String base = slow.baseUrl();
      String name = Api.uniqueName("slow");
      long flowId = Api.createFlow(hrisFlow(name, base, true)).getJsonNumber("id").longValue();
      JsonArray fired = awaitTriggers(flowId, t -> count(t, "SKIPPED") >= 1);
      assertTrue(count(fired, "SKIPPED") >= 1, "no firing was skipped: " + fired);
      assertEquals(1, count(fired, "STARTED"), "a second run started: " + fired);
      JsonObject skipped =
          fired.stream()
              .map(v -> v.asJsonObject())
              .filter(t -> "SKIPPED".equals(t.getString("outcome")))
              .findFirst()
              .orElseThrow();
      assertTrue(skipped.getString("detail").contains("in progress"), skipped::toString);
      String page = WebSession.loggedIn(User.VIEWER).get("/flows/" + flowId).body();
      assertTrue(page.contains("id=\"next-run\""), "the flow page shows no next run");
      assertTrue(page.contains("skipped: run #"), "the flow page shows no skipped trigger");
      put(flowId, hrisFlow(name, base, false)); // no more firings for the rest of the suite
    }
  }

  private static void put(long flowId, JsonObjectBuilder definition) {
    Api.expectStatus(200, Api.putFlow(flowId, definition));
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
