package com.passerelle.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * What a run's file was when the run started. A resume seeks to a byte offset of the file: that is
 * only right if the file is the very same, so resuming compares size, modification time and SHA-256
 * first.
 */
public record SourceFingerprint(long size, Instant modified, String sha256) {

  public static SourceFingerprint of(Path file) throws IOException {
    MessageDigest digest = newDigest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return new SourceFingerprint(
        Files.size(file), modifiedOf(file), HexFormat.of().formatHex(digest.digest()));
  }

  /** True when the file is still the one fingerprinted (a missing file is not). */
  public boolean matches(Path file) throws IOException {
    return sameSizeAndDate(file) && of(file).sha256().equals(sha256);
  }

  /** The cheap part of {@link #matches}: a changed file usually shows here already. */
  public boolean sameSizeAndDate(Path file) throws IOException {
    return Files.isRegularFile(file)
        && Files.size(file) == size
        && modifiedOf(file).equals(modified);
  }

  // Databases keep microseconds; compare at that precision.
  private static Instant modifiedOf(Path file) throws IOException {
    return Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.MICROS);
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }
}
