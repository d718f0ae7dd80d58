package com.passerelle.it;

import static com.passerelle.it.Api.expectStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Map;
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
}
