package com.passerelle.it;

import static com.passerelle.it.ApiSecurityIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.it.Api.User;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Flow editing through the API and the form: each problem by its field, secrets never shown. */
class FlowEditingIT {
  private static final String HOST_KEY = "SHA256:" + "A".repeat(43);
  private static final String PASSWORD = "s3cret-" + Api.unique();

  private static JsonObjectBuilder sftpFlow(String name, int port, String password) {
    JsonObjectBuilder sftp =
        Json.createObjectBuilder()
            .add("host", "sftp.example.test")
            .add("port", port)
            .add("user", "hr")
            .add("hostKey", HOST_KEY)
            .add("remoteFolder", "/outbox");
    if (password != null) {
      sftp.add("password", password);
    }
    return Api.standardFlow(name)
        .add("sourceType", "SFTP")
        .add("sftp", sftp)
        .add(
            "schedule",
            Json.createObjectBuilder().add("cron", "0 6 * * *").add("timeZone", "Europe/Paris"));
  }

  private static HttpResponse<String> put(long id, User user, JsonObjectBuilder definition) {
    return Api.send(
        Api.request("/api/v1/flows/" + id, user)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(definition.build().toString()))
            .build());
  }

  @Test
  void anSftpFlowKeepsItsPasswordSealedAndNeverShowsIt() {
    JsonObject created = Api.createFlow(sftpFlow(Api.uniqueName("sftp"), 2222, PASSWORD));
    long id = created.getJsonNumber("id").longValue();
    JsonObject sftp = created.getJsonObject("sftp");
    assertTrue(sftp.getBoolean("passwordStored"), created::toString);
    assertEquals("/outbox/archive", sftp.getString("archiveFolder"));
    assertEquals("0 6 * * *", created.getJsonObject("schedule").getString("cron"));

    // An edit without a password keeps the stored one (same server, same user).
    JsonObject edited =
        Api.object(
            Api.expectStatus(
                200,
                put(
                    id,
                    User.ADMIN,
                    sftpFlow(created.getString("name"), 2222, null).add("description", "edited"))));
    assertTrue(edited.getJsonObject("sftp").getBoolean("passwordStored"), edited::toString);
    assertEquals("edited", edited.getString("description"));

    String everything =
        Api.get("/api/v1/flows/" + id, User.ADMIN).body()
            + Api.get("/api/v1/flows", User.VIEWER).body()
            + WebSession.loggedIn(User.ADMIN).get("/flows/" + id + "/edit").body();
    assertFalse(everything.contains(PASSWORD), "the password is shown back somewhere");
  }

  @Test
  void anInvalidEditSaysEachProblemByFieldAndSavesNothing() {
    String name = Api.uniqueName("invalid-edit");
    long id = Api.createFlow(sftpFlow(name, 22, PASSWORD)).getJsonNumber("id").longValue();
    String before = Api.get("/api/v1/flows/" + id, User.ADMIN).body();

    JsonObjectBuilder bad =
        sftpFlow(name, 70000, null)
            .add(
                "schedule",
                Json.createObjectBuilder().add("cron", "0 25 * * *").add("timeZone", "Mars/Base"));
    JsonObject fields = assertProblem(400, put(id, User.ADMIN, bad)).getJsonObject("fields");

    assertTrue(fields.getString("sftp.port").contains("between 1 and 65535"), fields::toString);
    assertTrue(fields.containsKey("schedule.cron") || fields.containsKey("schedule.timeZone"));
    assertEquals(before, Api.get("/api/v1/flows/" + id, User.ADMIN).body(), "something saved");
  }

  @Test
  void aStoredPasswordIsNotSentToAnotherServerAndViewersDoNotSeeConnections() {
    String name = Api.uniqueName("moved");
    long id = Api.createFlow(sftpFlow(name, 22, PASSWORD)).getJsonNumber("id").longValue();
    JsonObjectBuilder elsewhere =
        sftpFlow(name, 22, null)
            .add(
                "sftp",
                Json.createObjectBuilder()
                    .add("host", "attacker.example.test")
                    .add("user", "hr")
                    .add("hostKey", HOST_KEY)
                    .add("remoteFolder", "/outbox"));
    JsonObject fields = assertProblem(400, put(id, User.ADMIN, elsewhere)).getJsonObject("fields");
    assertTrue(fields.getString("sftp.password").contains("give its password"), fields::toString);

    JsonObject viewer = Api.object(Api.get("/api/v1/flows/" + id, User.VIEWER));
    assertFalse(viewer.containsKey("sftp"), "a viewer sees the connection: " + viewer);
  }

  @Test
  void aPrivateKeyInTheWrongFormatIsRefusedAtSave() {
    JsonObjectBuilder flow =
        sftpFlow(Api.uniqueName("bad-key"), 22, null)
            .add(
                "sftp",
                Json.createObjectBuilder()
                    .add("host", "sftp.example.test")
                    .add("user", "hr")
                    .add("privateKey", "ssh-rsa AAAAB3NzaC1yc2E this is a public key")
                    .add("hostKey", HOST_KEY)
                    .add("remoteFolder", "/outbox"));
    JsonObject fields =
        assertProblem(400, Api.postJson("/api/v1/flows", User.ADMIN, flow.build().toString()))
            .getJsonObject("fields");
    assertTrue(fields.getString("sftp.privateKey").contains("not a private key"), fields::toString);
  }

  @Test
  void aSecretIsLimitedInBytesNotCharacters() {
    JsonObject fields =
        assertProblem(
                400,
                Api.postJson(
                    "/api/v1/flows",
                    User.ADMIN,
                    sftpFlow(Api.uniqueName("euro"), 22, "€".repeat(500)).build().toString()))
            .getJsonObject("fields");
    assertTrue(fields.getString("sftp.password").contains("500 bytes"), fields::toString);
  }

  @Test
  void anHrisFlowOnlyMapsColumnsTheApiHas() {
    JsonObjectBuilder hris =
        Api.standardFlow(Api.uniqueName("hris"))
            .add("sourceType", "HRIS_API")
            .add("mapping", Json.createObjectBuilder().add("email", "mail_address"))
            .add(
                "hris",
                Json.createObjectBuilder()
                    .add("baseUrl", "https://hris.example.test")
                    .add("integrationId", "personio:1")
                    .add("webhookSecret", "short"));
    JsonObject fields =
        assertProblem(400, Api.postJson("/api/v1/flows", User.ADMIN, hris.build().toString()))
            .getJsonObject("fields");
    assertTrue(fields.getString("mapping.email").contains("unknown column"), fields::toString);
    assertTrue(fields.getString("hris.apiKey").contains("required"), fields::toString);
    assertTrue(fields.getString("hris.webhookSecret").contains("at least 16"), fields::toString);
  }

  @Test
  void renamingOntoAnotherFlowOrFromAStaleCopyIs409AndViewersCannotEdit() {
    String first = Api.uniqueName("first");
    Api.createFlow(Api.standardFlow(first));
    JsonObject second = Api.createFlow(Api.standardFlow(Api.uniqueName("second")));
    long id = second.getJsonNumber("id").longValue();

    assertProblem(409, put(id, User.ADMIN, Api.standardFlow(first)));
    assertProblem(
        409,
        put(id, User.ADMIN, Api.standardFlow(second.getString("name")).add("version", 999_999)));
    assertEquals(
        403, put(id, User.VIEWER, Api.standardFlow(second.getString("name"))).statusCode());
  }

  @Test
  void theFormShowsAProblemBesideItsInputAndCreatesNothing() {
    WebSession admin = WebSession.loggedIn(User.ADMIN);
    String name = Api.uniqueName("form");
    Map<String, String> form = new HashMap<>();
    String blank = admin.get("/flows/new").body();
    assertTrue(blank.contains("id=\"save-flow\"") && blank.contains("</html>"), "form cut short");
    form.put("_csrf", WebSession.csrfOf(blank));
    form.put("name", name);
    form.put("sourceType", "SFTP");
    form.put("sftp.host", "sftp.example.test");
    form.put("sftp.port", "99999");
    form.put("sftp.user", "hr");
    form.put("sftp.password", PASSWORD);
    form.put("sftp.hostKey", HOST_KEY);
    form.put("sftp.remoteFolder", "/outbox");
    form.put("active", "on");
    HttpResponse<String> page = admin.postForm("/flows/new", form);

    assertEquals(200, page.statusCode(), Api.describe(page));
    assertTrue(page.body().contains("id=\"sftp.port-error\""), "no problem beside the port");
    assertFalse(page.body().contains(PASSWORD), "the password is filled back");
    assertFalse(Api.get("/api/v1/flows", User.ADMIN).body().contains(name), "flow created");

    form.put("sftp.port", "2222");
    HttpResponse<String> created = admin.postForm("/flows/new", form);
    assertEquals(302, created.statusCode(), Api.describe(created));
    assertTrue(Api.get("/api/v1/flows", User.ADMIN).body().contains(name), "flow not created");
  }
}
