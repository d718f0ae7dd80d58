package com.passerelle.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.config.AppConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DropZoneStoreTest {
  @TempDir Path root;
  private DropZone dropZone;

  @BeforeEach
  void setUp() {
    dropZone = new DropZone();
    dropZone.config =
        new AppConfig() {
          @Override
          public Path dropZoneRoot() {
            return root;
          }
        };
  }

  private List<Path> filesOf(long flowId) throws IOException {
    try (Stream<Path> files = Files.list(dropZone.folderOf(flowId))) {
      return files.toList();
    }
  }

  @Test
  void storedFileKeepsItsBytesAndBecomesTheNewest() throws IOException {
    Path stored =
        dropZone.store(7, "export.csv", new ByteArrayInputStream("a,b\n1,2\n".getBytes()));

    assertEquals("a,b\n1,2\n", Files.readString(stored));
    assertTrue(stored.getFileName().toString().endsWith("-export.csv"), stored.toString());
    assertEquals(stored, dropZone.newestFile(7).orElseThrow());
  }

  @Test
  void uploadOverTheLimitIsRefusedAndLeavesNothing() throws IOException {
    byte[] eleven = "0123456789A".getBytes();

    assertThrows(
        UploadTooLargeException.class,
        () -> dropZone.store(8, "big.csv", new ByteArrayInputStream(eleven), 10));

    assertEquals(List.of(), filesOf(8));
    assertTrue(dropZone.newestFile(8).isEmpty());
  }

  @Test
  void uploadAtTheLimitIsAccepted() throws IOException {
    Path stored =
        dropZone.store(9, "ok.csv", new ByteArrayInputStream("0123456789".getBytes()), 10);

    assertEquals(10, Files.size(stored));
    assertEquals(List.of(stored), filesOf(9));
  }

  @Test
  void newestFileIgnoresPartialUploadsAndOtherFiles() throws IOException {
    Path folder = dropZone.folderOf(10);
    Files.createDirectories(folder);
    Files.writeString(folder.resolve(".upload-123.part"), "x");
    Files.writeString(folder.resolve("notes.txt"), "x");

    assertTrue(dropZone.newestFile(10).isEmpty());
  }
}
