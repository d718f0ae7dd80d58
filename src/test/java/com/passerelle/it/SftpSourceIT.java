package com.passerelle.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.demo.DemoSftpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SFTP flows against a real SFTP server (MINA SSHD, started here): each file imported once then
 * archived, nothing new is "no file" (not a failure), a copy of an imported file is not imported
 * again, a failed run's file goes to the failed folder, and each connection problem says which.
 */
class SftpSourceIT {
  private static final String USER = "hr";
  private static final String PASSWORD = "sftp-" + Api.unique();
  private static Path root;
  private static DemoSftpServer server;

  @BeforeAll
  static void startServer() throws IOException {
    root = Files.createTempDirectory("sftp-it");
    server = DemoSftpServer.start(0, root, USER, PASSWORD, root.resolveSibling(root + ".key"));
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  private static long flow(String folder, String password, String hostKey) {
    return Api.createFlow(
            Api.standardFlow(Api.uniqueName("sftp"))
                .add("sourceType", "SFTP")
                .add(
                    "sftp",
                    Json.createObjectBuilder()
                        .add("host", server.host())
                        .add("port", server.port())
                        .add("user", USER)
                        .add("password", password)
                        .add("hostKey", hostKey)
                        .add("remoteFolder", folder)))
        .getJsonNumber("id")
        .longValue();
  }

  private static long flowOn(String host, String folder) {
    return Api.createFlow(
            Api.standardFlow(Api.uniqueName("sftp-host"))
                .add("sourceType", "SFTP")
                .add(
                    "sftp",
                    Json.createObjectBuilder()
                        .add("host", host)
                        .add("user", USER)
                        .add("password", PASSWORD)
                        .add("hostKey", server.hostKeyFingerprint())
                        .add("remoteFolder", folder)))
        .getJsonNumber("id")
        .longValue();
  }

  private static Path outbox(String name) throws IOException {
    return Files.createDirectories(root.resolve(name));
  }

  private static JsonObject runNow(long flowId) {
    return Api.runNowAndWait(flowId);
  }

  private static void write(Path file, String... lines) throws IOException {
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  /** The remote file moves once the run has ended: just after its state is final. */
  private static void awaitFile(Path file) {
    assertTrue(
        Api.eventually(() -> Files.exists(file), there -> there, Duration.ofSeconds(10)),
        file + " is not there");
  }

  @Test
  void aDryRunReadsTheNextFileButLeavesItForTheRealRun() throws IOException {
    String folder = "dry-" + Api.unique();
    Path in = outbox(folder);
    String token = Api.unique();
    write(
        in.resolve("team.csv"),
        Api.HEADER,
        "D1,Dry,Run," + Api.email("dry", token) + ",2026-01-05");
    long flowId = flow(folder, PASSWORD, server.hostKeyFingerprint());

    JsonObject started =
        Api.object(
            Api.expectStatus(
                202,
                Api.postEmpty("/api/v1/flows/" + flowId + "/runs?dryRun=true", Api.User.ADMIN)));
    JsonObject dry = Api.awaitFinished(started.getJsonNumber("id").longValue());
    assertEquals("SUCCEEDED", dry.getString("state"), dry::toString);
    assertTrue(dry.getBoolean("dryRun"));
    assertEquals("team.csv", dry.getString("sourceName"));
    Api.pause(); // a real run's file would move away now
    Api.pause();
    assertTrue(Files.exists(in.resolve("team.csv")), "the dry run moved the remote file");
    assertTrue(!Files.exists(in.resolve("archive/team.csv")), "the dry run archived the file");

    JsonObject real = runNow(flowId); // not "No new file": the dry run did not take it
    assertEquals("team.csv", real.getString("sourceName"), real::toString);
    assertEquals(Api.counts(dry), Api.counts(real));
    awaitFile(in.resolve("archive/team.csv"));
  }

  @Test
  void eachFileIsImportedOnceThenArchivedAndACopyIsNotImportedAgain() throws IOException {
    String folder = "in-" + Api.unique();
    Path in = outbox(folder);
    String token = Api.unique();
    write(
        in.resolve("employees_1.csv"),
        Api.HEADER,
        "S1," + "Ana,Silva," + Api.email("ana", token) + ",2026-01-05",
        "S2," + "Ben,Okoro," + Api.email("ben", token) + ",2026-01-06");
    long flowId = flow(folder, PASSWORD, server.hostKeyFingerprint());

    JsonObject first = runNow(flowId);
    assertEquals("SUCCEEDED", first.getString("state"), first::toString);
    assertEquals(2, Api.count(first, "SUCCESS"), first::toString);
    assertEquals("employees_1.csv", first.getString("sourceName"));
    awaitFile(in.resolve("archive/employees_1.csv"));
    assertFalse(Files.exists(in.resolve("employees_1.csv")), "not moved off the remote folder");

    JsonObject nothing = runNow(flowId);
    assertEquals("NO_FILE", nothing.getString("state"), nothing::toString);
    assertEquals("SFTP_NO_FILE", Api.errorCode(nothing));

    Files.copy(in.resolve("archive/employees_1.csv"), in.resolve("employees_again.csv"));
    JsonObject copy = runNow(flowId);
    assertEquals("NO_FILE", copy.getString("state"), "the same bytes imported twice: " + copy);
    awaitFile(in.resolve("archive/employees_again.csv"));
  }

  @Test
  void namesDifferingOnlyByCaseAreTwoFiles() throws IOException {
    String folder = "case-" + Api.unique();
    Path in = outbox(folder);
    String token = Api.unique();
    // Same size and time, names differing by case only (a case-blind collation made them one).
    write(
        in.resolve("Team.csv"), Api.HEADER, "C1,Ana,Up," + Api.email("up1", token) + ",2026-01-05");
    write(
        in.resolve("team.csv"), Api.HEADER, "C2,Ana,Lo," + Api.email("lo1", token) + ",2026-01-05");
    java.nio.file.attribute.FileTime time =
        java.nio.file.attribute.FileTime.fromMillis(1_700_000_000_000L);
    Files.setLastModifiedTime(in.resolve("Team.csv"), time);
    Files.setLastModifiedTime(in.resolve("team.csv"), time);
    long flowId = flow(folder, PASSWORD, server.hostKeyFingerprint());

    assertEquals("SUCCEEDED", runNow(flowId).getString("state"));
    JsonObject second = runNow(flowId);
    assertEquals("SUCCEEDED", second.getString("state"), "the second name was taken as the first");
  }

  @Test
  void aFailedRunsFileGoesToTheFailedFolder() throws IOException {
    String folder = "bad-" + Api.unique();
    Path in = outbox(folder);
    write(in.resolve("no_email_column.csv"), "employee_id,first_name,last_name", "S9,Eve,Adams");
    JsonObject run = runNow(flow(folder, PASSWORD, server.hostKeyFingerprint()));
    assertEquals("FAILED", run.getString("state"), run::toString);
    assertEquals("MISSING_HEADERS", Api.errorCode(run));
    awaitFile(in.resolve("failed/no_email_column.csv"));

    // The same bytes sent again (say, after the flow was fixed) are imported again: the first
    // run failed, so they were never imported.
    Files.copy(in.resolve("failed/no_email_column.csv"), in.resolve("resent.csv"));
    JsonObject again = runNow(flowIdOf(run));
    assertEquals("MISSING_HEADERS", Api.errorCode(again), "not read again: " + again);
  }

  private static long flowIdOf(JsonObject run) {
    return run.getJsonNumber("flowId").longValue();
  }

  @Test
  void connectionProblemsSayWhichAndLeaveTheFileInPlace() throws IOException {
    String folder = "kept-" + Api.unique();
    Path in = outbox(folder);
    write(in.resolve("kept.csv"), Api.HEADER);

    JsonObject wrongKey = runNow(flow(folder, PASSWORD, "SHA256:" + "A".repeat(43)));
    assertEquals("SFTP_HOST_KEY_MISMATCH", Api.errorCode(wrongKey), wrongKey::toString);
    assertTrue(wrongKey.toString().contains(server.hostKeyFingerprint()), wrongKey::toString);

    JsonObject wrongPassword =
        runNow(flow(folder, "not-the-password", server.hostKeyFingerprint()));
    assertEquals("SFTP_CONNECTION", Api.errorCode(wrongPassword), wrongPassword::toString);

    JsonObject noFolder =
        runNow(flow("missing-" + Api.unique(), PASSWORD, server.hostKeyFingerprint()));
    assertEquals("SFTP_EXTRACTION", Api.errorCode(noFolder), noFolder::toString);

    JsonObject nowhere = runNow(flowOn("nowhere.invalid", folder));
    assertEquals("SFTP_CONNECTION", Api.errorCode(nowhere), nowhere::toString);
    assertTrue(nowhere.toString().contains("nowhere.invalid"), nowhere::toString);

    assertTrue(Files.exists(in.resolve("kept.csv")), "a failed connection moved the file");
  }
}
