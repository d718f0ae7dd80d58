package com.passerelle.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.it.Api.User;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every file of a drop zone is imported once, whole, and the same file a run resumes on. */
class DropZoneIT {

  private static JsonObject runNow(long flow) {
    HttpResponse<String> r = Api.postEmpty("/api/v1/flows/" + flow + "/runs", User.ADMIN);
    Api.expectStatus(202, r);
    return Api.awaitFinished(Api.object(r).getJsonNumber("id").longValue());
  }

  private static List<String> names(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
    }
  }

  /**
   * The folder's files once they settle: a run's end state is visible before its job's end moves
   * its file (archive, give back, delete), so a check right after the run waits a little for it.
   */
  private static List<String> settled(Path folder, List<String> expected) {
    return Api.eventually(
        () -> {
          try {
            return names(folder);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        expected::equals,
        Duration.ofSeconds(10));
  }

  private static Path drop(long flow, String name, byte[] csv, Instant modified)
      throws IOException {
    Path folder = Api.dropZone(flow);
    Files.createDirectories(folder);
    Path file = Files.write(folder.resolve(name), csv);
    Files.setLastModifiedTime(file, FileTime.from(modified));
    return file;
  }

  @Test
  void anUploadedFileIsImportedOnceThenArchived() throws IOException {
    String t = Api.unique();
    long flow = Api.createStandardFlow("import-once");
    JsonObject first =
        Api.importFile(
            flow,
            Api.csv(Api.HEADER, "O1-" + t + ",Ann,Once," + Api.email("ann", t) + ",2026-01-05"));
    assertEquals("SUCCEEDED", first.getString("state"), first::toString);

    JsonObject again = runNow(flow);
    assertEquals("SOURCE_FILE_NOT_FOUND", Api.errorCode(again), () -> "re-imported: " + again);
    assertEquals(0, again.getJsonNumber("total").longValue());
    List<String> archived = List.of(first.getString("sourceName"));
    assertEquals(archived, settled(Api.dropZone(flow).resolve("archive"), archived));
    assertEquals(List.of(), settled(Api.dropZone(flow).resolve("processing"), List.of()));
    assertEquals(List.of(), settled(Api.dropZone(flow), List.of()));
  }

  @Test
  void aFileStillBeingWrittenIsLeftForALaterRun() throws IOException {
    String t = Api.unique();
    long flow = Api.createStandardFlow("still-written");
    Path file =
        drop(
            flow,
            "export.csv",
            Api.csv(Api.HEADER, "W1-" + t + ",Wes,Writing," + Api.email("wes", t) + ",2026-01-05"),
            Instant.now());

    JsonObject early = runNow(flow);
    assertEquals("FILE_NOT_READY", Api.errorCode(early), early::toString);
    assertEquals(0, early.getJsonNumber("total").longValue());
    assertTrue(Files.exists(file), "the file waits for a later run");

    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
    JsonObject later = runNow(flow);
    assertEquals("SUCCEEDED", later.getString("state"), later::toString);
    assertEquals(1, later.getJsonNumber("total").longValue());
    assertTrue(later.getString("sourceName").endsWith("-export.csv"), later::toString);

    assertEquals("SOURCE_FILE_NOT_FOUND", Api.errorCode(runNow(flow)), "imported once only");
  }

  @Test
  void anInactiveFlowLeavesItsFileWaiting() throws IOException {
    String t = Api.unique();
    long flow =
        Api.createFlow(Api.standardFlow(Api.uniqueName("inactive-drop")).add("active", false))
            .getJsonNumber("id")
            .longValue();
    drop(
        flow,
        "export.csv",
        Api.csv(Api.HEADER, "I1-" + t + ",Ida,Idle," + Api.email("ida", t) + ",2026-01-05"),
        Instant.now().minusSeconds(60));

    assertEquals("INTEGRATION_INACTIVE", Api.errorCode(runNow(flow)));
    assertEquals(List.of("export.csv"), names(Api.dropZone(flow)), "read nothing: still waiting");
  }

  @Test
  void anUploadToAnInactiveFlowIsNotImportedLater() throws IOException {
    String t = Api.unique();
    long flow =
        Api.createFlow(Api.standardFlow(Api.uniqueName("inactive-upload")).add("active", false))
            .getJsonNumber("id")
            .longValue();

    JsonObject refused =
        Api.importFile(
            flow,
            Api.csv(Api.HEADER, "U1-" + t + ",Uma,Up," + Api.email("uma", t) + ",2026-01-05"));

    assertEquals("INTEGRATION_INACTIVE", Api.errorCode(refused));
    assertEquals(
        List.of(), settled(Api.dropZone(flow), List.of()), "nothing waits for a later run");
    assertEquals(List.of(), settled(Api.dropZone(flow).resolve("processing"), List.of()));
  }

  @Test
  void waitingFilesAreImportedOldestFirst() throws IOException {
    String t = Api.unique();
    long flow = Api.createStandardFlow("oldest-first");
    Instant now = Instant.now();
    drop(
        flow,
        "b-monday.csv",
        Api.csv(Api.HEADER, "M1-" + t + ",Mo,Day," + Api.email("mo", t) + ",2026-01-05"),
        now.minusSeconds(7200));
    drop(
        flow,
        "a-tuesday.csv",
        Api.csv(Api.HEADER, "T1-" + t + ",Tu,Day," + Api.email("tu", t) + ",2026-01-05"),
        now.minusSeconds(3600));

    assertTrue(runNow(flow).getString("sourceName").endsWith("-b-monday.csv"));
    assertTrue(runNow(flow).getString("sourceName").endsWith("-a-tuesday.csv"));
  }

  @Test
  void aRunDoesNotResumeOnAChangedFile() throws IOException {
    String t = Api.unique();
    long flow = Api.createStandardFlow("changed-file");
    long run =
        Api.upload(flow, "big.csv", LargeImportIT.employees(100_000, t))
            .getJsonNumber("id")
            .longValue();
    Api.awaitSomeLines(run);
    JsonObject stopped = Api.stop(run);
    assertEquals("INTERRUPTED", stopped.getString("state"), stopped::toString);

    List<String> claimed = names(Api.dropZone(flow).resolve("processing"));
    assertEquals(1, claimed.size(), claimed::toString);
    Files.writeString(
        Api.dropZone(flow).resolve("processing").resolve(claimed.get(0)),
        "Z1,Zed,Late,zed." + t + "@it.io,2026-01-05\n",
        StandardOpenOption.APPEND);

    ApiSecurityIT.assertProblem(409, Api.postEmpty("/api/v1/runs/" + run + "/resume", User.ADMIN));
    JsonObject after = Api.run(run);
    assertEquals("FAILED", after.getString("state"), after::toString);
    assertEquals("SOURCE_CHANGED", Api.errorCode(after));
    assertEquals(stopped.getJsonNumber("total"), after.getJsonNumber("total"), "nothing read");
  }
}
