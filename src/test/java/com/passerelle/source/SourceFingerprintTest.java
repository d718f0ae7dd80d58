package com.passerelle.source;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFingerprintTest {
  @TempDir Path dir;

  @Test
  void theSameFileMatches() throws IOException {
    Path file = Files.writeString(dir.resolve("a.csv"), "a,b\n1,2\n");

    assertTrue(SourceFingerprint.of(file).matches(file));
    assertTrue(SourceFingerprint.of(file).sha256().matches("[0-9a-f]{64}"));
  }

  @Test
  void anAppendedLineDoesNotMatch() throws IOException {
    Path file = Files.writeString(dir.resolve("a.csv"), "a,b\n1,2\n");
    SourceFingerprint started = SourceFingerprint.of(file);

    Files.writeString(file, "3,4\n", java.nio.file.StandardOpenOption.APPEND);

    assertFalse(started.matches(file));
    assertFalse(started.sameSizeAndDate(file));
  }

  @Test
  void sameSizeSameDateOtherBytesDoesNotMatch() throws IOException {
    Path file = Files.writeString(dir.resolve("a.csv"), "a,b\n1,2\n");
    FileTime time = Files.getLastModifiedTime(file);
    SourceFingerprint started = SourceFingerprint.of(file);

    Files.writeString(file, "a,b\n9,9\n");
    Files.setLastModifiedTime(file, time);

    assertTrue(started.sameSizeAndDate(file), "the cheap check cannot tell");
    assertFalse(started.matches(file), "the hash can");
  }

  @Test
  void aMissingFileDoesNotMatch() throws IOException {
    Path file = Files.writeString(dir.resolve("a.csv"), "a,b\n");
    SourceFingerprint started = SourceFingerprint.of(file);
    Files.delete(file);

    assertFalse(started.matches(file));
  }
}
