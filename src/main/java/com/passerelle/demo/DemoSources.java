package com.passerelle.demo;

import com.passerelle.config.AppConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The outside systems of the demo, served by the application itself and only with demo data on: an
 * SFTP server on a local port whose folder holds an export, and a fake HRIS API (the contract of
 * seed 004: the first call answers 503, then cursor pages and updated_after).
 */
@ApplicationScoped
public class DemoSources {
  static final String SFTP_USER = "demo";
  static final String SFTP_PASSWORD = "demo-sftp-password";
  static final String SFTP_FOLDER = "outbox";

  @Inject AppConfig config;

  private final FakeHris hris = FakeHris.demo();
  private DemoSftpServer sftp;

  DemoSources() {
    hris.pendFirstSync(1, 503); // as a new integration answers until its first sync is done
  }

  public FakeHris hris() {
    return hris;
  }

  /** Starts the SFTP server (on a free port) over data/demo-sftp, with a first export in it. */
  public synchronized DemoSftpServer sftp() {
    if (sftp == null) {
      Path root = config.dataDir().resolve("demo-sftp");
      try {
        Path outbox = Files.createDirectories(root.resolve(SFTP_FOLDER));
        sftp =
            DemoSftpServer.start(
                0, root, SFTP_USER, SFTP_PASSWORD, config.dataDir().resolve("demo-sftp-host.key"));
        if (isEmpty(outbox) && !Files.exists(root.resolve(SFTP_FOLDER + "/archive"))) {
          try (InputStream sample = DemoFile.employees()) {
            Files.copy(
                sample,
                outbox.resolve("employees_export.csv"),
                StandardCopyOption.REPLACE_EXISTING);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sftp;
  }

  private static boolean isEmpty(Path folder) throws IOException {
    try (var list = Files.list(folder)) {
      return list.findAny().isEmpty();
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (sftp != null) {
      sftp.close();
    }
  }
}
