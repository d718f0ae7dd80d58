package com.passerelle.it;

import static com.passerelle.it.Api.expectStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The webhook tracking pages and API: filters, paging, a message's details with its authorization
 * masked, re-sync and mark as processed (admins only, CSRF), the admin to-do.
 */
class TrackingIT {

  @Test
  void badFiltersAreClear400s() {
    JsonObject status =
        Api.object(
            expectStatus(400, Api.get("/api/v1/webhooks/messages?status=lost", Api.User.ADMIN)));
    assertTrue(
        Api.str(status, "detail").contains("PENDING, DELIVERED, FAILED, PROCESSED"),
        status.toString());
    expectStatus(400, Api.get("/api/v1/webhooks/messages?from=2026-02-30", Api.User.ADMIN));
    expectStatus(400, Api.get("/api/v1/webhooks/messages?after=1&before=2", Api.User.VIEWER));
    expectStatus(404, Api.get("/api/v1/webhooks/messages/999999999999", Api.User.VIEWER));

    WebSession viewer = WebSession.loggedIn(Api.User.VIEWER);
    String page = WebSession.expect(400, viewer.get("/webhooks/messages?event=updated")).body();
    assertTrue(page.contains("created, approved, deleted"), page);
    WebSession.expect(200, viewer.get("/webhooks/messages?person=nobody-at-all-" + Api.unique()));
    WebSession.expect(404, viewer.get("/webhooks/messages/999999999999"));
    WebSession.expect(200, viewer.get("/webhooks/todo"));
    Api.array(expectStatus(200, Api.get("/api/v1/webhooks/todo", Api.User.VIEWER)));
  }

  @Test
  void actionsAreForAdminsWithTheirToken() {
    expectStatus(403, Api.postEmpty("/api/v1/webhooks/messages/1/resync", Api.User.VIEWER));
    expectStatus(403, Api.postJson("/api/v1/webhooks/messages/1/processed", Api.User.VIEWER, "{}"));
    expectStatus(
        403, Api.postEmpty("/api/v1/webhooks/messages/resync?endpoint=1", Api.User.VIEWER));
    expectStatus(
        404, Api.postEmpty("/api/v1/webhooks/messages/999999999999/resync", Api.User.ADMIN));
    JsonObject noEndpoint =
        Api.object(
            expectStatus(400, Api.postEmpty("/api/v1/webhooks/messages/resync", Api.User.ADMIN)));
    assertTrue(Api.str(noEndpoint, "detail").contains("endpoint"), noEndpoint.toString());

    WebSession viewer = WebSession.loggedIn(Api.User.VIEWER);
    String csrf =
        WebSession.csrfOf(WebSession.expect(200, viewer.get("/webhooks/messages")).body());
    WebSession.expect(403, viewer.postForm("/webhooks/messages/1/resync", Map.of("_csrf", csrf)));
    WebSession admin = WebSession.loggedIn(Api.User.ADMIN);
    WebSession.expect(403, admin.postForm("/webhooks/messages/1/resync", Map.of()));
    assertEquals(
        403,
        admin.postForm("/webhooks/messages/resync", Map.of("endpoint", "1")).statusCode(),
        "no token, no bulk re-sync");
  }

  // ------------------------------------------------------------- end to end (absence → receiver)

  private static final String KEY = "dHJhY2s6c2VjcmV0"; // base64 of track:secret

  /**
   * An absence of one day (2 leaves) created then approved: 4 messages to an endpoint whose
   * receiver answers 401, failed after the cascade (seconds in the tests); filters and paging find
   * them, the details mask the key, the to-do groups them; once the receiver is fixed, a re-sync, a
   * mark as processed and a group re-sync settle them all and the group closes.
   */
  @Test
  void failedMessagesAreFoundExplainedAndFixed() throws Exception {
    String token = Api.unique();
    String last = "Trk" + token;
    String email = Api.email("trk", token);
    long flow = Api.createStandardFlow("tracking");
    // Zoé has absences; 60 namesakes of the directory have none, and the person filter searches
    // only people with absences (V25): 61 matches would have been "too many people" (over 50).
    List<String> lines = new ArrayList<>(List.of(Api.HEADER));
    lines.add("T-" + token + ",Zoé," + last + "," + email + ",2024-01-01");
    for (int i = 0; i < 60; i++) {
      lines.add(
          "T-"
              + token
              + "-"
              + i
              + ",Ada,"
              + last
              + i
              + ","
              + Api.email("trk" + i, token)
              + ",2024-01-01");
    }
    JsonObject run = Api.importFile(flow, Api.csv(lines.toArray(String[]::new)));
    assertEquals(Api.counts(61, 0, 0, 0, 0), Api.counts(run), run::toString);
    long account =
        Api.object(
                expectStatus(
                    201,
                    Api.postJson(
                        "/api/v1/leave-accounts",
                        Api.User.ADMIN,
                        "{\"name\":\"Tracking "
                            + token
                            + "\",\"categoryId\":1,\"categoryName\":\"Annual\",\"unit\":\"DAYS\"}")))
            .getJsonNumber("id")
            .longValue();
    try (Receiver receiver = new Receiver()) {
      receiver.otherwise(c -> Receiver.status(401, "{\"error\":\"<bad key>\"}"));
      long endpoint = Api.createEndpoint("Tracking " + token, receiver.url("/hook"), KEY);
      try {
        long absenceId = absence(email, account, "2026-06-01");
        long other = absence(email, account, "2026-06-08");
        long owner =
            Api.object(Api.get("/api/v1/absences/" + absenceId, Api.User.ADMIN))
                .getJsonObject("owner")
                .getJsonNumber("id")
                .longValue();
        String mine = "endpoint=" + endpoint + "&absence=" + absenceId;

        // The created messages fail after the cascade; the approved ones wait behind them (a
        // leave's events go in order: a failed one holds the next until it is settled).
        await(
            "endpoint=" + endpoint + "&status=FAILED",
            items -> items.size() == 4,
            Duration.ofSeconds(90));
        assertEquals(2, list(mine + "&status=FAILED&event=created").size());
        JsonArray waiting = list(mine + "&event=approved");
        assertEquals(2, waiting.size());
        for (JsonObject w : waiting.getValuesAs(JsonObject.class)) {
          assertEquals("PENDING", w.getString("status"));
          assertEquals(0, w.getInt("attempts"));
        }
        assertEquals(8, list("endpoint=" + endpoint + "&person=" + last.toLowerCase()).size());
        assertEquals(8, list("endpoint=" + endpoint + "&person=%23" + owner).size());
        assertEquals(8, list("endpoint=" + endpoint + "&person=" + Api.enc(email)).size());
        // A text ending with an accent: on MariaDB "é" and "ê" weigh the same (general_ci), so a
        // range up to "Zoê" found nobody there; LIKE 'Zoé%' finds her on both databases.
        for (String text : List.of("Zoé", "zoé", "Zoé " + last, last + " Zoé")) {
          assertEquals(8, list("endpoint=" + endpoint + "&person=" + Api.enc(text)).size(), text);
        }
        assertEquals(0, list("endpoint=" + endpoint + "&person=" + Api.enc("Zo_")).size());
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        assertEquals(4, list(mine + "&from=" + today + "&to=" + today).size());
        assertEquals(0, list(mine + "&from=" + tomorrow).size());

        // Keyset paging: 3 newest, then the oldest; back again.
        JsonObject first = page(mine + "&size=3");
        assertEquals(3, first.getJsonArray("items").size());
        JsonObject second =
            Api.object(expectStatus(200, Api.get(first.getString("next"), Api.User.VIEWER)));
        assertEquals(1, second.getJsonArray("items").size());
        assertTrue(!second.containsKey("next") || second.isNull("next"), second.toString());
        JsonObject back =
            Api.object(expectStatus(200, Api.get(second.getString("previous"), Api.User.VIEWER)));
        assertEquals(ids(first.getJsonArray("items")), ids(back.getJsonArray("items")));
        assertTrue(
            id(first.getJsonArray("items").getJsonObject(0))
                > id(second.getJsonArray("items").getJsonObject(0)),
            "newest first");

        // Details: headers as sent with the key masked, the payload, every attempt explained.
        List<JsonObject> created = list(mine + "&event=created").getValuesAs(JsonObject.class);
        long createdId = id(created.get(0));
        HttpResponse<String> detailResponse =
            expectStatus(200, Api.get("/api/v1/webhooks/messages/" + createdId, Api.User.VIEWER));
        assertTrue(!detailResponse.body().contains(KEY), "the key is never shown");
        JsonObject detail = Api.object(detailResponse);
        assertEquals("Basic ****", detail.getJsonObject("headers").getString("Authorization"));
        assertEquals("created", detail.getJsonObject("headers").getString("X-Event"));
        assertEquals(
            created.get(0).getString("leaveId"), detail.getJsonObject("payload").getString("id"));
        JsonArray attempts = detail.getJsonArray("attempts");
        assertEquals(5, attempts.size(), "the first call and one per queue");
        JsonObject attempt = attempts.getJsonObject(4);
        assertEquals(401, attempt.getInt("httpStatus"));
        assertEquals("{\"error\":\"<bad key>\"}", attempt.getString("responseExcerpt"));
        assertTrue(
            attempt.getJsonObject("explanation").getString("cause").contains("authorization key"),
            attempt.toString());
        assertEquals("Basic " + KEY, receiver.calls().get(0).header("Authorization"));
        WebSession viewer = WebSession.loggedIn(Api.User.VIEWER);
        String page = WebSession.expect(200, viewer.get("/webhooks/messages/" + createdId)).body();
        assertTrue(page.contains("Basic ****") && !page.contains(KEY), "page masks the key");
        assertTrue(page.contains("&lt;bad key&gt;"), "the answer is escaped");
        assertTrue(!page.contains("id=\"resync\""), "no action for a viewer");
        String list = WebSession.expect(200, viewer.get("/webhooks/messages?" + mine)).body();
        assertEquals(4, count(list, "class=\"message-row\""), list);

        // The to-do: one group for this endpoint and cause.
        String key = endpoint + ":401:401";
        assertEquals(4, group(key).getInt("count"));
        assertTrue(group(key).getJsonObject("explanation").getString("title").contains("401"));
        assertTrue(!group(key).getBoolean("deliveredSince"));
        // A viewer sees where the endpoint is, not its path (it may hold the customer's token).
        String viewerTodo = WebSession.expect(200, viewer.get("/webhooks/todo")).body();
        String hook = receiver.url("/hook");
        assertTrue(viewerTodo.contains(hook.substring(0, hook.indexOf("/hook"))), viewerTodo);
        assertTrue(!viewerTodo.contains(hook), "a viewer sees the endpoint's path");
        assertTrue(
            WebSession.expect(200, WebSession.loggedIn(Api.User.ADMIN).get("/webhooks/todo"))
                .body()
                .contains(hook));

        // A message never tried is not an error to re-sync.
        JsonObject notYet =
            Api.object(
                expectStatus(
                    409,
                    Api.postEmpty(
                        "/api/v1/webhooks/messages/" + id(waiting.getJsonObject(0)) + "/resync",
                        Api.User.ADMIN)));
        assertTrue(Api.str(notYet, "detail").contains("not been tried"), notYet.toString());

        // The receiver is fixed: re-sync one now, it is delivered (its attempts kept), then the
        // approved event of its leave goes.
        receiver.otherwise(c -> Receiver.status(200));
        JsonObject resynced =
            Api.object(
                expectStatus(
                    200,
                    Api.postEmpty(
                        "/api/v1/webhooks/messages/" + createdId + "/resync", Api.User.ADMIN)));
        assertEquals("PENDING", resynced.getString("status"));
        assertEquals(5, resynced.getInt("attempts"));
        await(mine + "&status=DELIVERED", items -> items.size() == 2, Duration.ofSeconds(30));
        JsonObject delivered =
            Api.object(Api.get("/api/v1/webhooks/messages/" + createdId, Api.User.VIEWER));
        assertEquals(6, delivered.getJsonArray("attempts").size());
        JsonObject again =
            Api.object(
                expectStatus(
                    409,
                    Api.postEmpty(
                        "/api/v1/webhooks/messages/" + createdId + "/resync", Api.User.ADMIN)));
        assertTrue(Api.str(again, "detail").contains("delivered"), again.toString());
        assertEquals(3, group(key).getInt("count"));
        assertTrue(group(key).getBoolean("deliveredSince"), "a later delivery succeeded");

        // Mark the other created one as processed, from the page (CSRF token of the page): its
        // leave's approved event goes.
        long processedId = id(created.get(1));
        WebSession admin = WebSession.loggedIn(Api.User.ADMIN);
        String detailPage =
            WebSession.expect(200, admin.get("/webhooks/messages/" + processedId)).body();
        assertTrue(detailPage.contains("id=\"mark-processed\""), "admins get the action");
        expectStatus(
            400,
            Api.postJson(
                "/api/v1/webhooks/messages/" + processedId + "/processed",
                Api.User.ADMIN,
                "{\"note\":\"" + "x".repeat(1001) + "\"}"));
        WebSession.expect(
            302,
            admin.postForm(
                "/webhooks/messages/" + processedId + "/processed",
                Map.of(
                    "_csrf", WebSession.csrfOf(detailPage), "note", "fixed by hand in the tool")));
        JsonObject processed =
            Api.object(Api.get("/api/v1/webhooks/messages/" + processedId, Api.User.VIEWER))
                .getJsonObject("message");
        assertEquals("PROCESSED", processed.getString("status"));
        assertEquals("admin", processed.getString("processedBy"));
        assertEquals("fixed by hand in the tool", processed.getString("processedNote"));
        expectStatus(
            409,
            Api.postJson(
                "/api/v1/webhooks/messages/" + processedId + "/processed", Api.User.ADMIN, "{}"));
        // The note is optional: no body at all reaches the same answer (it was a 415 before).
        expectStatus(
            409,
            Api.postEmpty(
                "/api/v1/webhooks/messages/" + processedId + "/processed", Api.User.ADMIN));
        expectStatus(
            400,
            Api.postJson(
                "/api/v1/webhooks/messages/" + processedId + "/processed",
                Api.User.ADMIN,
                "{\"note\": "));
        // A body that is not JSON is refused by its type, a large one by its size, unread.
        String processedPath = "/api/v1/webhooks/messages/" + processedId + "/processed";
        expectStatus(415, Api.postCsv(processedPath, Api.User.ADMIN, "{}".getBytes()));
        expectStatus(413, Api.postCsv(processedPath, Api.User.ADMIN, new byte[200 * 1024]));
        await(mine + "&status=DELIVERED", items -> items.size() == 3, Duration.ofSeconds(30));
        assertEquals(2, group(key).getInt("count"), "re-synced and processed ones left the group");

        // The group's re-sync: the other absence's two failed messages go, then their approved.
        JsonObject bulk =
            Api.object(
                expectStatus(
                    200,
                    Api.postEmpty(
                        "/api/v1/webhooks/messages/resync?endpoint="
                            + endpoint
                            + "&http=401&error=401&group=true",
                        Api.User.ADMIN)));
        assertEquals(2, bulk.getInt("resynced"));
        await(
            "endpoint=" + endpoint + "&absence=" + other + "&status=DELIVERED",
            items -> items.size() == 4,
            Duration.ofSeconds(30));
        assertTrue(
            todo().stream().noneMatch(g -> g.getString("key").equals(key)), "the group closed");
      } finally {
        Api.deactivateEndpoint(endpoint);
      }
    }
  }

  /** A one-day absence (2 leaves) created then approved: 2 created and 2 approved messages. */
  private static long absence(String email, long account, String day) {
    long id =
        Api.object(
                expectStatus(
                    201,
                    Api.postJson(
                        "/api/v1/absences",
                        Api.User.ADMIN,
                        Json.createObjectBuilder()
                            .add("ownerEmail", email)
                            .add("accountId", account)
                            .add("startDate", day)
                            .add("startsAfternoon", false)
                            .add("endDate", day)
                            .add("endsMorning", false)
                            .build()
                            .toString())))
            .getJsonNumber("id")
            .longValue();
    expectStatus(200, Api.postEmpty("/api/v1/absences/" + id + "/approve", Api.User.ADMIN));
    return id;
  }

  private static JsonObject page(String query) {
    return Api.object(
        expectStatus(200, Api.get("/api/v1/webhooks/messages?" + query, Api.User.VIEWER)));
  }

  private static JsonArray list(String query) {
    return page(query).getJsonArray("items");
  }

  private static JsonArray await(String query, Predicate<JsonArray> done, Duration timeout) {
    JsonArray items = Api.eventually(() -> list(query), done, timeout);
    assertTrue(
        done.test(items),
        () -> "waited for " + query + ": " + list(query.replaceAll("&status=\\w+", "")));
    return items;
  }

  private static List<JsonObject> todo() {
    return Api.array(expectStatus(200, Api.get("/api/v1/webhooks/todo", Api.User.VIEWER)))
        .getValuesAs(JsonObject.class);
  }

  private static JsonObject group(String key) {
    return todo().stream()
        .filter(g -> g.getString("key").equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no to-do group " + key + " in " + todo()));
  }

  private static long id(JsonObject message) {
    return message.getJsonNumber("id").longValue();
  }

  private static List<Long> ids(JsonArray items) {
    return items.getValuesAs(JsonObject.class).stream().map(TrackingIT::id).toList();
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
