package com.passerelle.source;

import com.passerelle.config.AppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The local folder a flow reads its CSV files from, one per flow under the data dir. Files dropped
 * in {@code flow-<id>/} wait there; a run claims one by moving it to {@code processing/}, where it
 * stays while the run may still resume from it; a finished run's file goes to {@code archive/},
 * which keeps the newest {@value #ARCHIVE_KEEP}. So every file is imported once, and the disk does
 * not fill up with old exports.
 */
@ApplicationScoped
public class DropZone {
  public static final String PROCESSING = "processing";
  public static final String ARCHIVE = "archive";
  public static final int ARCHIVE_KEEP = 20;

  /** Largest accepted upload: far above any HR export, low enough to protect the disk. */
  public static final long MAX_UPLOAD_BYTES = 1L << 30;

  private static final int MAX_BASE_NAME = 200;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

  @Inject AppConfig config;

  Clock clock = Clock.systemUTC();

  /** Where files wait to be imported. */
  public Path folderOf(long flowId) {
    return config.dropZoneRoot().resolve("flow-" + flowId);
  }

  public Path processingOf(long flowId) {
    return folderOf(flowId).resolve(PROCESSING);
  }

  public Path archiveOf(long flowId) {
    return folderOf(flowId).resolve(ARCHIVE);
  }

  /**
   * The oldest waiting CSV file that has stopped changing: a file modified within the quiet period
   * may still be being written (an SFTP upload in progress) and is left for a later run.
   */
  public Optional<Path> nextFile(long flowId) {
    Instant settled = clock.instant().minusSeconds(config.dropZoneQuietSeconds());
    return waiting(flowId).stream()
        .filter(p -> DatedFile.of(p).map(f -> !f.modified().isAfter(settled)).orElse(false))
        .findFirst();
  }

  /** CSV files waiting in the flow's folder, oldest first (hidden and temporary files excluded). */
  public List<Path> waiting(long flowId) {
    Path folder = folderOf(flowId);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(DropZone::isCsv)
          .map(DatedFile::of)
          .flatMap(Optional::stream)
          .sorted(Comparator.comparing(DatedFile::modified).thenComparing(DatedFile::path))
          .map(DatedFile::path)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file with its modification time, read once; empty when it is gone or not a file. */
  record DatedFile(Path path, Instant modified) {
    static Optional<DatedFile> of(Path p) {
      try {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        return a.isRegularFile()
            ? Optional.of(new DatedFile(p, a.lastModifiedTime().toInstant()))
            : Optional.empty();
      } catch (IOException vanished) {
        return Optional.empty();
      }
    }
  }

  /** The path a run's file gets once claimed: unique, time-stamped, with a sanitized name. */
  public Path claimTarget(long flowId, String originalName) {
    String stamp = STAMP.format(LocalDateTime.now(clock));
    String unique = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
    return processingOf(flowId).resolve(stamp + "-" + unique + "-" + sanitize(originalName));
  }

  /** Moves a file into place in one step (rename), so no run ever sees half of it. */
  public void move(Path from, Path to) {
    try {
      Files.createDirectories(to.getParent());
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Receives an upload into a temporary file of the flow's processing folder, where no run looks;
   * the caller claims or deletes it. Refused or interrupted uploads leave nothing behind.
   */
  public Path receive(long flowId, InputStream content) {
    return UploadFile.receive(processingOf(flowId), content, MAX_UPLOAD_BYTES);
  }

  /** Moves a finished run's file to the archive, keeping the newest ones only; returns its path. */
  public Path archive(long flowId, Path file) {
    Path target = archiveOf(flowId).resolve(file.getFileName());
    move(file, target);
    try {
      // Retention goes by the time of archiving, not by when the export was made.
      Files.setLastModifiedTime(target, java.nio.file.attribute.FileTime.from(clock.instant()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ArchiveRetention.keepNewest(archiveOf(flowId), ARCHIVE_KEEP);
    return target;
  }

  /** Puts back a claimed file no run could read, under its original name, to wait again. */
  public Path giveBack(long flowId, Path file) {
    String name = file.getFileName().toString().replaceFirst("^\\d{8}-\\d{6}-\\d{3}-\\w{4}-", "");
    Path target = folderOf(flowId).resolve(name);
    if (Files.exists(target)) {
      target = folderOf(flowId).resolve(file.getFileName());
    }
    move(file, target);
    return target;
  }

  static boolean isCsv(Path p) {
    String name = p.getFileName().toString();
    return !name.startsWith(".") && name.toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  static String sanitize(String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    base = base.replaceAll("[^A-Za-z0-9._-]", "_");
    if (base.isBlank() || base.startsWith(".")) {
      base = "upload" + base;
    }
    String extension = ".csv";
    if (base.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      extension = base.substring(base.length() - 4);
      base = base.substring(0, base.length() - 4);
    }
    // File systems cap names at 255 bytes; the prefix takes 29 of them.
    return base.substring(0, Math.min(base.length(), MAX_BASE_NAME)) + extension;
  }
}
