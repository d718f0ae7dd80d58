package com.passerelle.source;

import com.passerelle.config.AppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The local folder a flow reads its CSV files from: one folder per flow under the data dir. Files
 * are kept after a run so an interrupted run can resume on the very same bytes.
 */
@ApplicationScoped
public class DropZone {
  private static final int MAX_BASE_NAME = 200;

  /** Largest accepted upload: far above any HR export, low enough to protect the disk. */
  public static final long MAX_UPLOAD_BYTES = 1L << 30;

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

  @Inject AppConfig config;

  public Path folderOf(long flowId) {
    return config.dropZoneRoot().resolve("flow-" + flowId);
  }

  /** The newest CSV file of the flow's folder, if any. */
  public Optional<Path> newestFile(long flowId) {
    Path folder = folderOf(flowId);
    if (!Files.isDirectory(folder)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
          .filter(Files::isRegularFile)
          .max(Comparator.comparing(DropZone::modified).thenComparing(Path::getFileName));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Stores an uploaded file under a time-stamped, sanitized name. Written to a temporary file first
   * and moved, so a half-uploaded file is never picked up by a run.
   */
  public Path store(long flowId, String originalName, InputStream content) {
    return store(flowId, originalName, content, MAX_UPLOAD_BYTES);
  }

  Path store(long flowId, String originalName, InputStream content, long maxBytes) {
    Path folder = folderOf(flowId);
    String name = STAMP.format(LocalDateTime.now()) + "-" + sanitize(originalName);
    Path tmp = null;
    try {
      Files.createDirectories(folder);
      tmp = Files.createTempFile(folder, ".upload-", ".part");
      copyAtMost(content, tmp, maxBytes);
      return Files.move(tmp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | UploadTooLargeException e) {
      deleteQuietly(tmp); // an interrupted or refused upload leaves nothing behind
      if (e instanceof UploadTooLargeException tooLarge) {
        throw tooLarge;
      }
      throw new UncheckedIOException((IOException) e);
    }
  }

  private static void copyAtMost(InputStream in, Path target, long max) throws IOException {
    try (OutputStream out = Files.newOutputStream(target)) {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
        if (total > max) {
          throw new UploadTooLargeException(max);
        }
        out.write(buffer, 0, n);
      }
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      if (file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException ignored) {
      // best effort: a leftover ".part" file is never read by a run
    }
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
    // File systems cap names at 255 bytes; the time stamp prefix takes 24 of them.
    return base.substring(0, Math.min(base.length(), MAX_BASE_NAME)) + extension;
  }

  private static java.nio.file.attribute.FileTime modified(Path p) {
    try {
      return Files.getLastModifiedTime(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
