package com.passerelle.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An upload written to a temporary file, at most a given size: refused or broken, it is gone. */
final class UploadFile {
  private UploadFile() {}

  static Path receive(Path folder, InputStream content, long maxBytes) {
    Path tmp = null;
    try {
      Files.createDirectories(folder);
      tmp = Files.createTempFile(folder, ".upload-", ".part");
      copyAtMost(content, tmp, maxBytes);
      return tmp;
    } catch (IOException | UploadTooLargeException e) {
      deleteQuietly(tmp);
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

  static void deleteQuietly(Path file) {
    try {
      if (file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException ignored) {
      // best effort: a leftover ".part" file is never read by a run, and the sweep removes it
    }
  }
}
