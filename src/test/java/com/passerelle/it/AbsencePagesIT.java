package com.passerelle.it;

import static com.passerelle.it.WebSession.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.it.Api.User;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The absence pages: viewers read the list and an absence with its leaves (each linking to the
 * tracking page); admins create from the form (problems beside their fields) and approve, cancel or
 * delete with the session's CSRF token; a viewer's or a tokenless POST is refused and changes
 * nothing.
 */
class AbsencePagesIT {
  private static String email;
  private static long account;

  @BeforeAll
  static void personAndAccount() {
    String token = Api.unique();
    email = Api.email("linus", token);
    long flow = Api.createStandardFlow("absence-pages");
    Api.importFile(
        flow, Api.csv(Api.HEADER, "L-" + token + ",Linus,Pauling," + email + ",2024-01-01"));
    HttpResponse<String> r =
        Api.postJson(
            "/api/v1/leave-accounts",
            User.ADMIN,
            "{\"name\":\"IT pages " + token + "\",\"unit\":\"DAYS\"}");
    account = Api.object(Api.expectStatus(201, r)).getJsonNumber("id").longValue();
  }

  private static long createByApi() {
    HttpResponse<String> r =
        Api.postJson(
            "/api/v1/absences",
            User.ADMIN,
            Json.createObjectBuilder()
                .add("ownerEmail", email)
                .add("accountId", account)
                .add("startDate", "2026-10-05")
                .add("endDate", "2026-10-06")
                .build()
                .toString());
    return Api.object(Api.expectStatus(201, r)).getJsonNumber("id").longValue();
  }

  private static String status(long id) {
    return Api.object(Api.get("/api/v1/absences/" + id, User.ADMIN)).getString("status");
  }

  @Test
  void viewersReadTheListAndTheLeavesWithoutActions() {
    long id = createByApi();
    WebSession viewer = WebSession.loggedIn(User.VIEWER);
    String list = expect(200, viewer.get("/absences")).body();
    assertTrue(list.contains("data-absence=\"" + id + "\""), "absence not listed");
    assertTrue(list.contains("Linus Pauling"));
    assertFalse(list.contains("id=\"absence-form\""), "viewers get no create form");
    String page = expect(200, viewer.get("/absences/" + id)).body();
    for (String leave :
        new String[] {"-20261005-AM", "-20261005-PM", "-20261006-AM", "-20261006-PM"}) {
      assertTrue(page.contains("data-leave=\"" + id + leave + "\""), leave + " missing");
    }
    assertTrue(page.contains("href=\"/webhooks/messages?absence=" + id + "\""), "no tracking link");
    assertFalse(page.contains("id=\"approve\""), "viewers get no approve button");

    String csrf = WebSession.csrfOf(page); // the log-out form carries the session's token
    expect(403, viewer.postForm("/absences/" + id + "/approve", Map.of("_csrf", csrf)));
    assertEquals("PENDING_APPROVAL", status(id));
  }

  @Test
  void adminsApproveCancelAndDeleteWithTheCsrfToken() {
    long id = createByApi();
    WebSession admin = WebSession.loggedIn(User.ADMIN);
    String page = expect(200, admin.get("/absences/" + id)).body();
    assertTrue(page.contains("id=\"approve\"") && page.contains("id=\"cancel\""), "no buttons");

    expect(403, admin.postForm("/absences/" + id + "/approve", Map.of()));
    expect(403, admin.postForm("/absences/" + id + "/approve", Map.of("_csrf", "forged")));
    assertEquals("PENDING_APPROVAL", status(id));

    String csrf = WebSession.csrfOf(page);
    HttpResponse<String> approved =
        admin.postForm("/absences/" + id + "/approve", Map.of("_csrf", csrf));
    expect(302, approved);
    assertEquals("APPROVED", status(id));
    String after = expect(200, admin.follow(approved)).body();
    assertTrue(after.contains("approved."), "no flash");
    assertFalse(after.contains("id=\"approve\""), "approve offered twice");

    // A change the status refuses comes back as a message, not an error page.
    admin.follow(admin.postForm("/absences/" + id + "/delete", Map.of("_csrf", csrf)));
    assertEquals("DELETED", status(id));
    String refused =
        expect(
                200,
                admin.follow(admin.postForm("/absences/" + id + "/cancel", Map.of("_csrf", csrf))))
            .body();
    assertTrue(refused.contains("is deleted"), "no explanation of the 409");
    assertEquals("DELETED", status(id));
  }

  @Test
  void theFormShowsEachProblemBesideItsFieldThenCreates() {
    WebSession admin = WebSession.loggedIn(User.ADMIN);
    String list = expect(200, admin.get("/absences")).body();
    assertTrue(list.contains("id=\"absence-form\""));
    String csrf = WebSession.csrfOf(list);
    Map<String, String> form = new HashMap<>();
    form.put("_csrf", csrf);
    form.put("owner", "nobody-" + Api.unique() + "@it.example.com");
    form.put("accountId", String.valueOf(account));
    form.put("startDate", "2026-10-07");
    form.put("endDate", "2026-10-06");
    String invalid = expect(200, admin.postForm("/absences", form)).body();
    assertTrue(invalid.contains("No person with the email"), "owner problem missing");
    assertTrue(invalid.contains("before it starts"), "date problem missing");
    assertTrue(invalid.contains("value=\"2026-10-07\""), "values not kept");

    form.put("owner", email);
    form.put("endDate", "2026-10-08");
    form.put("startsAfternoon", "on");
    HttpResponse<String> created = admin.postForm("/absences", form);
    expect(302, created);
    String location = created.headers().firstValue("Location").orElse("");
    assertTrue(location.matches(".*/absences/\\d+"), location);
    long id = Long.parseLong(location.replaceAll(".*/", ""));
    JsonObject absence = Api.object(Api.get("/api/v1/absences/" + id, User.ADMIN));
    assertTrue(absence.getBoolean("startsAfternoon"));
    assertEquals(3, absence.getInt("halfDays"));
    assertEquals("admin", absence.getString("createdBy"));

    WebSession viewer = WebSession.loggedIn(User.VIEWER);
    String viewerCsrf = WebSession.csrfOf(viewer.get("/absences").body());
    form.put("_csrf", viewerCsrf);
    expect(403, viewer.postForm("/absences", form));
  }
}
