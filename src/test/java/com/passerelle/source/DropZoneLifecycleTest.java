package com.passerelle.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.config.AppConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file's way through the drop zone: waiting, claimed by a run, archived or given back. */
class DropZoneLifecycleTest {
  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

  @TempDir Path root;
  private DropZone dropZone;

  @BeforeEach
  void setUp() {
    dropZone = new DropZone();
    dropZone.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    dropZone.config =
        new AppConfig() {
          @Override
          public Path dropZoneRoot() {
            return root;
          }

          @Override
          public long dropZoneQuietSeconds() {
            return 10;
          }
        };
  }

  private Path drop(long flowId, String name, Instant modified) throws IOException {
    Path folder = dropZone.folderOf(flowId);
    Files.createDirectories(folder);
    Path file = Files.writeString(folder.resolve(name), "a,b\n1,2\n");
    Files.setLastModifiedTime(file, FileTime.from(modified));
    return file;
  }

  private static List<Path> list(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }

  @Test
  void theOldestSettledFileIsNext() throws IOException {
    drop(1, "b-newer.csv", NOW.minusSeconds(60));
    Path oldest = drop(1, "a-older.csv", NOW.minusSeconds(3600));

    assertEquals(Optional.of(oldest), dropZone.nextFile(1));
  }

  @Test
  void aFileStillBeingWrittenIsNotTaken() throws IOException {
    Path fresh = drop(2, "export.csv", NOW.minusSeconds(3));

    assertTrue(dropZone.nextFile(2).isEmpty(), "modified 3 s ago, quiet period 10 s");
    assertEquals(List.of(fresh), dropZone.waiting(2), "but it is seen as waiting");

    Files.setLastModifiedTime(fresh, FileTime.from(NOW.minusSeconds(10)));
    assertEquals(Optional.of(fresh), dropZone.nextFile(2));
  }

  @Test
  void hiddenTemporaryAndNonCsvFilesAreNeverTaken() throws IOException {
    drop(3, ".upload-123.part", NOW.minusSeconds(3600));
    drop(3, ".hidden.csv", NOW.minusSeconds(3600));
    drop(3, "notes.txt", NOW.minusSeconds(3600));
    Files.createDirectories(dropZone.processingOf(3).resolve("x.csv"));

    assertTrue(dropZone.nextFile(3).isEmpty());
    assertEquals(List.of(), dropZone.waiting(3));
  }

  @Test
  void aClaimedFileNoLongerWaits() throws IOException {
    Path file = drop(4, "export.csv", NOW.minusSeconds(3600));
    Path target = dropZone.claimTarget(4, "export.csv");

    dropZone.move(file, target);

    assertTrue(dropZone.nextFile(4).isEmpty(), "a second run does not take it again");
    assertEquals("a,b\n1,2\n", Files.readString(target));
    assertTrue(target.getFileName().toString().endsWith("-export.csv"), target.toString());
    assertEquals(dropZone.processingOf(4), target.getParent());
  }

  @Test
  void aGivenBackFileWaitsAgainUnderItsName() throws IOException {
    Path file = drop(5, "export.csv", NOW.minusSeconds(3600));
    Path target = dropZone.claimTarget(5, "export.csv");
    dropZone.move(file, target);

    Path back = dropZone.giveBack(5, target);

    assertEquals(dropZone.folderOf(5).resolve("export.csv"), back);
    assertEquals(Optional.of(back), dropZone.nextFile(5));
  }

  @Test
  void anUploadIsReceivedWhereNoRunLooks() throws IOException {
    Path received = dropZone.receive(6, new ByteArrayInputStream("a,b\n1,2\n".getBytes()));

    assertEquals("a,b\n1,2\n", Files.readString(received));
    assertEquals(dropZone.processingOf(6), received.getParent());
    assertTrue(dropZone.waiting(6).isEmpty());
  }

  @Test
  void uploadOverTheLimitIsRefusedAndLeavesNothing() throws IOException {
    byte[] eleven = "0123456789A".getBytes();

    assertThrows(
        UploadTooLargeException.class,
        () -> UploadFile.receive(dropZone.processingOf(7), new ByteArrayInputStream(eleven), 10));

    assertEquals(List.of(), list(dropZone.processingOf(7)));
  }

  @Test
  void uploadAtTheLimitIsAccepted() throws IOException {
    Path received =
        UploadFile.receive(
            dropZone.processingOf(8), new ByteArrayInputStream("0123456789".getBytes()), 10);

    assertEquals(10, Files.size(received));
  }

  @Test
  void theArchiveKeepsTheNewestFilesOnly() throws IOException {
    for (int i = 0; i < DropZone.ARCHIVE_KEEP + 5; i++) {
      dropZone.clock = Clock.fixed(NOW.plusSeconds(i), ZoneOffset.UTC);
      Path file = drop(9, "export-" + (100 + i) + ".csv", NOW.minusSeconds(3600 - i));
      dropZone.archive(9, file);
    }

    List<Path> kept = list(dropZone.archiveOf(9));
    assertEquals(DropZone.ARCHIVE_KEEP, kept.size());
    assertFalse(kept.contains(dropZone.archiveOf(9).resolve("export-104.csv")), "oldest gone");
    assertTrue(kept.contains(dropZone.archiveOf(9).resolve("export-105.csv")));
    assertTrue(kept.contains(dropZone.archiveOf(9).resolve("export-124.csv")), "newest kept");
    assertEquals(List.of(), dropZone.waiting(9));
  }
}
