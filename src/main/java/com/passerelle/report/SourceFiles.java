package com.passerelle.report;

import com.passerelle.common.NotFoundException;
import com.passerelle.config.AppConfig;
import com.passerelle.run.Run;
import com.passerelle.run.SourceOrigin;
import com.passerelle.source.DropZone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The original file of a run, as the run stored it: a dropped or uploaded file, the local copy of
 * an SFTP file, or the CSV an HRIS read was staged into. Finished runs' files move to the flow's
 * archive, which keeps the newest {@value DropZone#ARCHIVE_KEEP}; older ones are gone. A path read
 * from the database is only opened when it lies under the data folder (a tampered row, or a
 * symbolic link, never serves another file of the server).
 */
@ApplicationScoped
public class SourceFiles {
  private static final Logger LOG = Logger.getLogger(SourceFiles.class.getName());
  private static final int MAX_NAME = 150;

  @Inject AppConfig config;

  /** The run's file, or a 404 saying why there is none. */
  public Path of(Run run) {
    if (run.getSourcePath() == null) {
      throw new NotFoundException(
          "Run #"
              + run.getId()
              + " has no original file: it ended before reading one (no file waiting, or the"
              + " source could not be read).");
    }
    try {
      Path root = config.dataDir().toAbsolutePath().normalize();
      Path file = Path.of(run.getSourcePath()).toAbsolutePath().normalize();
      if (file.startsWith(root)
          && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
          && file.toRealPath().startsWith(root.toRealPath())) {
        return file;
      }
      if (!file.startsWith(root)) {
        LOG.warning(() -> "Run " + run.getId() + " names a file outside the data folder");
      }
    } catch (IOException | java.nio.file.InvalidPathException e) {
      LOG.log(Level.FINE, "File of run " + run.getId() + " unreadable", e);
    }
    if (run.isDryRun()) {
      throw new NotFoundException(
          "Run #"
              + run.getId()
              + " is a dry run: a dry run's file is not kept (it is deleted when the dry run"
              + " ends, so it never takes a place in the archive).");
    }
    throw new NotFoundException(
        "The original file of run #"
            + run.getId()
            + " is no longer kept: each flow's archive keeps its newest "
            + DropZone.ARCHIVE_KEEP
            + " files.");
  }

  /** A file name safe in a Content-Disposition header: run-12-employees.csv. */
  public static String downloadName(Run run) {
    String name = run.getSourceName();
    if (name == null || name.isBlank()) {
      name = run.getSourceOrigin() == SourceOrigin.HRIS_API ? "hris-employees.csv" : "source.csv";
    }
    name = name.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
    if (name.length() > MAX_NAME) {
      name = name.substring(name.length() - MAX_NAME); // keep the extension
    }
    return "run-" + run.getId() + "-" + name;
  }

  /** CSV files as text/csv (their own bytes, whatever their encoding), anything else as bytes. */
  public static String contentType(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
        ? "text/csv"
        : "application/octet-stream";
  }
}
