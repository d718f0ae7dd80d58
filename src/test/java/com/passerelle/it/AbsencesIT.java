package com.passerelle.it;

import static com.passerelle.it.Api.expectStatus;
import static com.passerelle.it.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.it.Api.User;
import com.passerelle.webhook.LeaveSchema;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Absences through the API: create, approve, cancel, delete and their 409s, bad input as 400s by
 * field, lists with filters and keyset paging, and the webhook messages each change writes in its
 * own transaction (the demo inbox is an endpoint of the demo data; every payload is checked against
 * the JSON Schema).
 */
class AbsencesIT {
  private static String email;
  private static String externalId;
  private static long owner;
  private static long days;
  private static long hours;

  @BeforeAll
  static void personAndAccounts() {
    String token = Api.unique();
    email = Api.email("ada", token);
    externalId = "E-" + token;
    long flow = Api.createStandardFlow("absences");
    JsonObject run =
        Api.importFile(
            flow,
            Api.csv(
                Api.HEADER, externalId + ",Ada,\"O'Neil \"\"Zoë\"\"\"," + email + ",2024-01-01"));
    assertEquals(Api.counts(1, 0, 0, 0, 0), Api.counts(run), run::toString);
    days = account("IT annual " + token, "DAYS");
    hours = account("IT remote " + token, "HOURS");
    // The owner's id, as the API answers it for an absence created by email.
    JsonObject created =
        create(absence(null, days, "2026-03-02", false, "2026-03-02", false, null));
    owner = created.getJsonObject("owner").getJsonNumber("id").longValue();
  }

  private static long account(String name, String unit) {
    HttpResponse<String> r =
        Api.postJson(
            "/api/v1/leave-accounts",
            User.ADMIN,
            Json.createObjectBuilder()
                .add("name", name)
                .add("categoryId", 1)
                .add("categoryName", "Annual \"leave\"")
                .add("unit", unit)
                .build()
                .toString());
    return object(expectStatus(201, r)).getJsonNumber("id").longValue();
  }

  /** A request body; owner null = the test person by email. */
  private static JsonObjectBuilder absence(
      Long ownerId,
      long account,
      String start,
      boolean afternoon,
      String end,
      boolean morning,
      String duration) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    if (ownerId == null) {
      b.add("ownerEmail", email);
    } else {
      b.add("ownerId", ownerId);
    }
    b.add("accountId", account)
        .add("startDate", start)
        .add("startsAfternoon", afternoon)
        .add("endDate", end)
        .add("endsMorning", morning);
    if (duration != null) {
      b.add("duration", duration);
    }
    return b;
  }

  private static JsonObject create(JsonObjectBuilder body) {
    HttpResponse<String> r = Api.postJson("/api/v1/absences", User.ADMIN, body.build().toString());
    expectStatus(201, r);
    JsonObject created = object(r);
    String location = r.headers().firstValue("Location").orElse("");
    assertTrue(
        location.endsWith("/api/v1/absences/" + created.getJsonNumber("id")), Api.describe(r));
    return created;
  }

  private static long id(JsonObject o) {
    return o.getJsonNumber("id").longValue();
  }

  /** Every message of the absence, through the paged API (pages of 3 to exercise the links). */
  private static List<JsonObject> messages(long absence) {
    List<JsonObject> all = new ArrayList<>();
    String next = "/api/v1/absences/" + absence + "/messages?size=3";
    while (next != null) {
      JsonObject page = Api.follow(next);
      page.getJsonArray("items").forEach(v -> all.add(v.asJsonObject()));
      next = Api.str(page, "next");
    }
    all.forEach(m -> LeaveSchema.assertValid(m.getString("payload")));
    return all;
  }

  private static List<JsonObject> ofEvent(List<JsonObject> messages, String event) {
    return messages.stream().filter(m -> m.getString("event").equals(event)).toList();
  }

  /**
   * Endpoint to the leave ids it got for the event. Checked per endpoint: other tests may add
   * endpoints of their own, each gets every leave once.
   */
  private static Map<Long, Set<String>> leavesByEndpoint(List<JsonObject> messages) {
    Map<Long, Set<String>> by = new TreeMap<>();
    for (JsonObject m : messages) {
      Set<String> leaves =
          by.computeIfAbsent(m.getJsonNumber("endpointId").longValue(), k -> new TreeSet<>());
      assertTrue(leaves.add(m.getString("leaveId")), "a leave twice for one endpoint: " + messages);
    }
    return by;
  }

  private static JsonObject payload(JsonObject message) {
    return Api.json(message.getString("payload")).asJsonObject();
  }

  private static HttpResponse<String> post(long absence, String action) {
    return Api.postEmpty("/api/v1/absences/" + absence + "/" + action, User.ADMIN);
  }

  private static HttpResponse<String> delete(long absence, User user) {
    return Api.send(
        Api.request("/api/v1/absences/" + absence, user)
            .header("Accept", "application/json")
            .DELETE()
            .build());
  }

  @Test
  void aTwoDayAbsenceWritesFourCreatedMessagesPerEndpointInItsTransaction() {
    JsonObject a = create(absence(owner, days, "2026-05-04", false, "2026-05-05", false, null));
    assertEquals("PENDING_APPROVAL", a.getString("status"));
    assertEquals(4, a.getInt("halfDays"));
    assertEquals(email, a.getJsonObject("owner").getString("email"));
    assertEquals(externalId, a.getJsonObject("owner").getString("employeeNumber"));
    List<JsonObject> messages = messages(id(a));
    Map<Long, Set<String>> by = leavesByEndpoint(ofEvent(messages, "CREATED"));
    assertFalse(by.isEmpty(), "no endpoint got the created leaves (the demo inbox should)");
    Set<String> expected =
        Set.of(
            id(a) + "-20260504-AM",
            id(a) + "-20260504-PM",
            id(a) + "-20260505-AM",
            id(a) + "-20260505-PM");
    by.values().forEach(leaves -> assertEquals(expected, leaves));
    assertEquals(messages.size(), ofEvent(messages, "CREATED").size());
    JsonObject p = payload(messages.get(0));
    assertEquals(id(a) + "-20260504-AM", p.getString("id"));
    assertEquals("2026-05-04", p.getString("date"));
    assertTrue(p.getBoolean("isAm"));
    assertEquals(owner, p.getJsonObject("owner").getJsonNumber("id").longValue());
    assertEquals("Ada O'Neil \"Zoë\"", p.getJsonObject("owner").getString("name"));
    assertEquals(email, p.getJsonObject("owner").getString("email"));
    assertEquals(externalId, p.getJsonObject("owner").getString("employeeNumber"));
    assertEquals(days, p.getJsonObject("leaveAccount").getJsonNumber("id").longValue());
    assertEquals("Annual \"leave\"", p.getJsonObject("leaveAccount").getString("categoryName"));
    assertFalse(p.containsKey("durationInHours"));
    assertFalse(p.getBoolean("isConfirmed"));
    assertEquals("", p.getString("confirmationDate"));
    assertFalse(p.getString("creationDate").isEmpty());
    assertEquals("", p.getString("cancellationDate"));
    // written pending; the workers may already have delivered them to the demo inbox
    messages.forEach(
        m ->
            assertTrue(
                List.of("PENDING", "DELIVERED").contains(m.getString("status")), m::toString));
  }

  @Test
  void approveThenCancelWriteApprovedThenDeletedAndRefusedChangesWriteNothing() {
    JsonObject a = create(absence(owner, days, "2026-06-01", true, "2026-06-02", true, null));
    long id = id(a);
    int created = messages(id).size();
    assertTrue(created > 0 && created % 2 == 0, "2 leaves per endpoint: " + created);

    JsonObject approved = object(expectStatus(200, post(id, "approve")));
    assertEquals("APPROVED", approved.getString("status"));
    assertNotNull(Api.str(approved, "confirmedAt"));
    List<JsonObject> afterApprove = messages(id);
    List<JsonObject> approvedMessages = ofEvent(afterApprove, "APPROVED");
    assertFalse(approvedMessages.isEmpty());
    leavesByEndpoint(approvedMessages)
        .values()
        .forEach(l -> assertEquals(Set.of(id + "-20260601-PM", id + "-20260602-AM"), l));
    JsonObject p = payload(approvedMessages.get(0));
    assertTrue(p.getBoolean("isConfirmed"));
    assertFalse(p.getString("confirmationDate").isEmpty());

    // Approving twice: 409 with the catalog's code, and no message written.
    HttpResponse<String> again = post(id, "approve");
    expectStatus(409, again);
    assertEquals("ABSENCE_CHANGE_REFUSED", object(again).getString("code"));
    assertTrue(object(again).getString("detail").contains("is approved"), again.body());
    assertEquals(afterApprove.size(), messages(id).size());

    JsonObject cancelled = object(expectStatus(200, post(id, "cancel")));
    assertEquals("CANCELLED", cancelled.getString("status"));
    List<JsonObject> deleted = ofEvent(messages(id), "DELETED");
    assertEquals(approvedMessages.size(), deleted.size());
    JsonObject dp = payload(deleted.get(0));
    assertTrue(dp.getBoolean("isCancelled"));
    assertFalse(dp.getString("cancellationDate").isEmpty());
    assertTrue(dp.getBoolean("isConfirmed"));

    int before = messages(id).size();
    for (HttpResponse<String> refused :
        List.of(post(id, "approve"), post(id, "cancel"), delete(id, User.ADMIN))) {
      expectStatus(409, refused);
      assertTrue(object(refused).getString("detail").contains("is cancelled"), refused.body());
    }
    assertEquals(before, messages(id).size(), "a refused change wrote messages");
    assertEquals(
        "CANCELLED", object(Api.get("/api/v1/absences/" + id, User.VIEWER)).getString("status"));
  }

  @Test
  void deletingAPendingAbsenceSendsDeletedAndItCannotBeApprovedAfter() {
    long id = id(create(absence(owner, days, "2026-07-06", false, "2026-07-06", false, null)));
    JsonObject deleted = object(expectStatus(200, delete(id, User.ADMIN)));
    assertEquals("DELETED", deleted.getString("status"));
    assertNotNull(Api.str(deleted, "deletedAt"));
    List<JsonObject> messages = messages(id);
    List<JsonObject> deletedMessages = ofEvent(messages, "DELETED");
    assertEquals(ofEvent(messages, "CREATED").size(), deletedMessages.size());
    JsonObject p = payload(deletedMessages.get(0));
    assertFalse(p.getBoolean("isCancelled"));
    assertFalse(p.getBoolean("isConfirmed"));

    HttpResponse<String> approve = post(id, "approve");
    expectStatus(409, approve);
    assertTrue(object(approve).getString("detail").contains("is deleted"), approve.body());
    assertEquals(messages.size(), messages(id).size());
  }

  @Test
  void twoFirstAbsencesOfOnePersonAtOnceAreBothCreated() throws Exception {
    // A person with no absence yet: both creations register them as an owner (V25), once.
    String token = Api.unique();
    String mail = Api.email("twice", token);
    long flow = Api.createStandardFlow("absence owners");
    JsonObject run =
        Api.importFile(
            flow,
            Api.csv(Api.HEADER, "W-" + token + ",Wim,Twice" + token + "," + mail + ",2024-01-01"));
    assertEquals(Api.counts(1, 0, 0, 0, 0), Api.counts(run), run::toString);
    String body =
        Json.createObjectBuilder()
            .add("ownerEmail", mail)
            .add("accountId", days)
            .add("startDate", "2026-09-07")
            .add("startsAfternoon", false)
            .add("endDate", "2026-09-07")
            .add("endsMorning", false)
            .build()
            .toString();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<HttpResponse<String>>> calls = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        calls.add(pool.submit(() -> Api.postJson("/api/v1/absences", User.ADMIN, body)));
      }
      for (var call : calls) {
        expectStatus(201, call.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anHourAbsenceSplitsItsDurationOverItsHalfDays() {
    JsonObject a = create(absence(owner, hours, "2026-05-11", false, "2026-05-11", false, "07:30"));
    assertEquals("07:30", a.getString("duration"));
    List<JsonObject> messages = messages(id(a));
    assertFalse(messages.isEmpty());
    messages.forEach(m -> assertEquals("03:45:00", payload(m).getString("durationInHours")));
  }

  @Test
  void badInputIsA400NamingEachField() {
    record Case(JsonObjectBuilder body, String field, String words) {}
    List<Case> cases =
        List.of(
            new Case(
                absence(Long.MAX_VALUE, days, "2026-05-04", false, "2026-05-04", false, null),
                "ownerId",
                "No person"),
            new Case(
                absence(owner, Long.MAX_VALUE, "2026-05-04", false, "2026-05-04", false, null),
                "accountId",
                "No leave account"),
            new Case(
                absence(owner, days, "2026-05-04", false, "2026-05-03", false, null),
                "endDate",
                "before it starts"),
            new Case(
                absence(owner, days, "2026-05-04", true, "2026-05-04", true, null),
                "endsMorning",
                "afternoon"),
            new Case(
                absence(owner, hours, "2026-05-04", false, "2026-05-04", false, null),
                "duration",
                "HH:MM"),
            new Case(
                absence(owner, hours, "2026-05-04", false, "2026-05-04", false, "7h30"),
                "duration",
                "HH:MM"),
            new Case(
                absence(owner, days, "2026-05-04", false, "2026-05-04", false, "07:30"),
                "duration",
                "counts in days"),
            new Case(
                absence(owner, days, "4 May", false, "2026-05-04", false, null),
                "startDate",
                "not a date"));
    for (Case c : cases) {
      HttpResponse<String> r =
          Api.postJson("/api/v1/absences", User.ADMIN, c.body().build().toString());
      expectStatus(400, r);
      JsonObject problem = object(r);
      assertTrue(
          r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
      JsonObject fields = problem.getJsonObject("fields");
      assertTrue(fields.containsKey(c.field()), c.field() + " not named: " + r.body());
      assertTrue(fields.getString(c.field()).contains(c.words()), r.body());
    }
    HttpResponse<String> byEmail =
        Api.postJson(
            "/api/v1/absences",
            User.ADMIN,
            Json.createObjectBuilder()
                .add("ownerEmail", "nobody-" + Api.unique() + "@it.example.com")
                .add("accountId", days)
                .add("startDate", "2026-05-04")
                .add("endDate", "2026-05-04")
                .build()
                .toString());
    expectStatus(400, byEmail);
    assertTrue(object(byEmail).getJsonObject("fields").containsKey("ownerEmail"), byEmail.body());
    expectStatus(400, Api.postJson("/api/v1/absences", User.ADMIN, "{\"ownerId\": \"x\""));
    expectStatus(404, Api.get("/api/v1/absences/" + Long.MAX_VALUE, User.ADMIN));
    expectStatus(404, Api.postEmpty("/api/v1/absences/" + Long.MAX_VALUE + "/approve", User.ADMIN));
    expectStatus(400, Api.get("/api/v1/absences?status=SOMETIMES", User.ADMIN));
    expectStatus(400, Api.get("/api/v1/absences?from=yesterday", User.ADMIN));
  }

  @Test
  void viewersReadAndAdminsChange() {
    long id = id(create(absence(owner, days, "2026-08-03", false, "2026-08-03", false, null)));
    expectStatus(200, Api.get("/api/v1/absences/" + id, User.VIEWER));
    expectStatus(200, Api.get("/api/v1/absences/" + id + "/messages", User.VIEWER));
    expectStatus(200, Api.get("/api/v1/leave-accounts", User.VIEWER));
    expectStatus(403, Api.postEmpty("/api/v1/absences/" + id + "/approve", User.VIEWER));
    expectStatus(403, delete(id, User.VIEWER));
    expectStatus(
        403,
        Api.postJson(
            "/api/v1/absences",
            User.VIEWER,
            absence(owner, days, "2026-08-03", false, "2026-08-03", false, null)
                .build()
                .toString()));
    expectStatus(
        403,
        Api.postJson("/api/v1/leave-accounts", User.VIEWER, "{\"name\":\"x\",\"unit\":\"DAYS\"}"));
    expectStatus(401, Api.get("/api/v1/absences", null));
    assertEquals(
        "PENDING_APPROVAL",
        object(Api.get("/api/v1/absences/" + id, User.ADMIN)).getString("status"));
  }

  @Test
  void listsAreNewestFirstFilteredAndKeysetPaged() {
    String token = Api.unique();
    String other = Api.email("grace", token);
    long flow = Api.createStandardFlow("absences-list");
    Api.importFile(
        flow, Api.csv(Api.HEADER, "G-" + token + ",Grace,Hopper," + other + ",2024-01-01"));
    List<Long> ids = new ArrayList<>();
    JsonObject first = null;
    for (int i = 0; i < 3; i++) {
      JsonObject a =
          create(
              Json.createObjectBuilder()
                  .add("ownerEmail", other)
                  .add("accountId", days)
                  .add("startDate", "2026-09-0" + (i + 1))
                  .add("endDate", "2026-09-0" + (i + 1)));
      first = first == null ? a : first;
      ids.add(0, id(a));
    }
    long graceId = first.getJsonObject("owner").getJsonNumber("id").longValue();
    expectStatus(200, post(id(first), "approve"));

    JsonObject page = Api.follow("/api/v1/absences?owner=" + graceId + "&size=2");
    assertEquals(List.of(ids.get(0), ids.get(1)), idsOf(page));
    String next = Api.str(page, "next");
    assertNotNull(next, page.toString());
    assertTrue(next.contains("owner=" + graceId) && next.contains("before=" + ids.get(1)), next);
    JsonObject second = Api.follow(next);
    assertEquals(List.of(ids.get(2)), idsOf(second));
    assertNull(Api.str(second, "next"));

    assertEquals(
        List.of(id(first)),
        idsOf(Api.follow("/api/v1/absences?owner=" + graceId + "&status=APPROVED")));
    assertEquals(
        List.of(ids.get(0), ids.get(1)),
        idsOf(Api.follow("/api/v1/absences?owner=" + graceId + "&from=2026-09-02&to=2026-09-30")));
    assertEquals(
        List.of(), idsOf(Api.follow("/api/v1/absences?owner=" + graceId + "&to=2026-08-31")));
  }

  private static List<Long> idsOf(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .map(AbsencesIT::id)
        .collect(Collectors.toList());
  }

  @Test
  void leaveAccountsAreCreatedByAdminsAndCheckedByField() {
    HttpResponse<String> bad =
        Api.postJson("/api/v1/leave-accounts", User.ADMIN, "{\"name\":\" \",\"unit\":\"WEEKS\"}");
    expectStatus(400, bad);
    JsonObject fields = object(bad).getJsonObject("fields");
    assertTrue(fields.containsKey("name") && fields.containsKey("unit"), bad.body());
    JsonObject listed =
        Api.array(expectStatus(200, Api.get("/api/v1/leave-accounts", User.ADMIN))).stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> id(o) == hours)
            .findFirst()
            .orElseThrow();
    assertEquals("HOURS", listed.getString("unit"));
    assertEquals(1, listed.getInt("categoryId"));
  }

  @Test
  void theDemoHasAccountsAndAbsences() {
    List<String> names =
        Api.array(Api.get("/api/v1/leave-accounts", User.VIEWER)).stream()
            .map(v -> v.asJsonObject().getString("name"))
            .toList();
    assertTrue(
        names.containsAll(List.of("Annual leave 2026", "RTT 2026", "Remote work hours")),
        names.toString());
    Set<String> demo =
        Set.of("claire.moreau@example.com", "bob.leroy@example.com", "paula.vidal@example.com");
    for (String status : List.of("PENDING_APPROVAL", "APPROVED", "CANCELLED")) {
      boolean found = false;
      String next = "/api/v1/absences?size=500&status=" + status;
      for (int pages = 0; next != null && !found && pages < 20; pages++) {
        JsonObject page = Api.follow(next);
        found =
            page.getJsonArray("items").stream()
                .anyMatch(
                    v -> demo.contains(v.asJsonObject().getJsonObject("owner").getString("email")));
        next = Api.str(page, "next");
      }
      assertTrue(found, "no demo absence " + status);
    }
  }
}
