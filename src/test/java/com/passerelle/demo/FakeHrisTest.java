package com.passerelle.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fake HRIS answers as the contract says: envelopes, paging, filters, errors. */
class FakeHrisTest {
  private static final Map<String, String> AUTH =
      Map.of("authorization", "Bearer k", "X-Integration-Id", "i");
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  private final FakeHris hris = new FakeHris(300, "k", "i", Clock.fixed(NOW, ZoneOffset.UTC));

  private FakeHris.Response get(Map<String, String> query) {
    return hris.handle("GET", FakeHris.EMPLOYEES_PATH, query, AUTH);
  }

  private static JsonObject json(FakeHris.Response r) {
    return Json.createReader(new StringReader(r.body())).readObject();
  }

  private static String errorMessage(FakeHris.Response r) {
    JsonObject body = json(r);
    assertEquals("error", body.getString("status"));
    assertEquals(Set.of("status", "error"), body.keySet());
    return body.getJsonObject("error").getString("message");
  }

  @Test
  void pagesWithOpaqueCursorsUntilNextIsNull() {
    Map<String, String> query = new HashMap<>(Map.of("page_size", "100"));
    Set<String> ids = new HashSet<>();
    int pages = 0;
    while (true) {
      FakeHris.Response r = get(query);
      assertEquals(200, r.status());
      JsonObject body = json(r);
      assertEquals(Set.of("status", "data"), body.keySet());
      assertEquals("success", body.getString("status"));
      JsonObject data = body.getJsonObject("data");
      data.getJsonArray("results").forEach(e -> ids.add(e.asJsonObject().getString("id")));
      pages++;
      if (data.isNull("next")) {
        break;
      }
      String next = data.getString("next");
      assertFalse(next.matches("\\d+"), "opaque, not an offset: " + next);
      query.put("cursor", next);
    }
    assertEquals(3, pages, "297 people in pages of 100");
    assertEquals(297, ids.size());
    assertEquals(hris.count(false), ids.size());
    assertEquals(300, hris.count(true));
  }

  @Test
  void includeDeletedAddsTheDeleted() {
    JsonObject data =
        json(get(Map.of("page_size", "250", "include_deleted", "true"))).getJsonObject("data");
    JsonObject next =
        json(get(
                Map.of(
                    "page_size",
                    "250",
                    "include_deleted",
                    "true",
                    "cursor",
                    data.getString("next"))))
            .getJsonObject("data");

    long deleted =
        next.getJsonArray("results").stream()
            .filter(e -> !e.asJsonObject().isNull("remote_deleted_at"))
            .count();
    assertEquals(50, next.getJsonArray("results").size());
    assertEquals(JsonValue.NULL, next.get("next"));
    assertEquals(1, deleted, "number 299 (index 299) of the second page");
  }

  @Test
  void updatedAfterReturnsOnlyTouchedPeople() {
    List<String> touched = hris.touch(3);

    JsonObject data =
        json(get(Map.of("page_size", "250", "updated_after", "2026-03-01T12:00:00.000Z")))
            .getJsonObject("data");

    assertEquals(3, data.getJsonArray("results").size());
    assertEquals(JsonValue.NULL, data.get("next"));
    for (int i = 0; i < 3; i++) {
      JsonObject e = data.getJsonArray("results").getJsonObject(i);
      assertEquals(touched.get(i), e.getString("id"));
      assertEquals("2026-03-01T12:00:00.000Z", e.getString("changed_at"));
    }
    assertEquals(400, get(Map.of("page_size", "5", "updated_after", "yesterday")).status());
  }

  @Test
  void refusesBadPageSizesAndCursors() {
    for (String size : new String[] {"0", "251", "abc", "-1"}) {
      FakeHris.Response r = get(Map.of("page_size", size));
      assertEquals(400, r.status(), size);
      assertTrue(errorMessage(r).contains("page_size"), size);
    }
    assertEquals(400, get(Map.of("page_size", "5", "cursor", "MTIz")).status());
    assertEquals(400, get(Map.of("page_size", "5", "cursor", "%%%")).status());
    String foreign =
        new FakeHris(300, "k", "i", Clock.fixed(NOW.plusSeconds(1), ZoneOffset.UTC))
            .handle("GET", FakeHris.EMPLOYEES_PATH, Map.of("page_size", "5"), AUTH)
            .body();
    String cursor =
        Json.createReader(new StringReader(foreign))
            .readObject()
            .getJsonObject("data")
            .getString("next");
    assertEquals(400, get(Map.of("page_size", "5", "cursor", cursor)).status(), "another instance");
    assertEquals(200, get(Map.of()).status(), "page_size is optional");
  }

  @Test
  void checksKeyIntegrationPathAndMethod() {
    Map<String, String> q = Map.of("page_size", "5");
    FakeHris.Response noKey = hris.handle("GET", FakeHris.EMPLOYEES_PATH, q, Map.of());
    FakeHris.Response wrongKey =
        hris.handle(
            "GET",
            FakeHris.EMPLOYEES_PATH,
            q,
            Map.of("Authorization", "Bearer x", "X-Integration-Id", "i"));
    FakeHris.Response wrongIntegration =
        hris.handle(
            "GET",
            FakeHris.EMPLOYEES_PATH,
            q,
            Map.of("AUTHORIZATION", "Bearer k", "x-integration-id", "j"));

    assertEquals(401, noKey.status());
    assertEquals(401, wrongKey.status());
    assertEquals(403, wrongIntegration.status());
    assertFalse(errorMessage(wrongKey).isEmpty());
    assertEquals(404, hris.handle("GET", "/v1/hris/people", q, AUTH).status());
    assertEquals(405, hris.handle("POST", FakeHris.EMPLOYEES_PATH, q, AUTH).status());
  }

  @Test
  void firstSyncAnswersWithTheSeedsExactMessageThenData() {
    hris.pendFirstSync(2, 503);

    FakeHris.Response first = get(Map.of());
    assertEquals(503, first.status());
    assertEquals(
        "The first sync of this integration didn't finish yet! You can keep polling this until"
            + " you get a successful response or react to our webhooks.",
        errorMessage(first));
    assertEquals(503, get(Map.of()).status());
    assertEquals(200, get(Map.of()).status());
  }

  @Test
  void populationIsDeterministicRealisticAndUnique() {
    FakeHris again = new FakeHris(300, "k", "i", Clock.fixed(NOW, ZoneOffset.UTC));
    Map<String, String> q = Map.of("page_size", "250", "include_deleted", "true");
    assertEquals(get(q).body(), again.handle("GET", FakeHris.EMPLOYEES_PATH, q, AUTH).body());

    List<JsonObject> people =
        json(get(q)).getJsonObject("data").getJsonArray("results").getValuesAs(JsonObject.class);
    Set<String> emails = new HashSet<>();
    Set<String> ids = new HashSet<>();
    Set<String> statuses = new HashSet<>();
    Set<String> types = new HashSet<>();
    for (JsonObject p : people) {
      String email = p.getString("work_email");
      assertTrue(email.matches("[a-z]+\\.[a-z]+\\d+@demo-hris\\.example\\.com"), email);
      emails.add(email);
      ids.add(p.getString("id"));
      statuses.add(p.getString("employment_status"));
      if (!p.getJsonArray("employments").getJsonObject(0).isNull("employment_type")) {
        types.add(p.getJsonArray("employments").getJsonObject(0).getString("employment_type"));
      }
      assertTrue(Instant.parse(p.getString("changed_at")).isBefore(NOW));
      assertTrue(p.getJsonObject("custom_fields").containsKey("cost_center"));
    }
    assertEquals(250, emails.size());
    assertEquals(250, ids.size());
    assertEquals(Set.of("ACTIVE", "INACTIVE", "LEAVE", "PENDING"), statuses);
    assertTrue(types.size() >= 5, types.toString());
    assertEquals("zoe.silva3@demo-hris.example.com", people.get(2).getString("work_email"));
    assertNotEquals(people.get(0).getString("id"), people.get(1).getString("id"));
  }
}
