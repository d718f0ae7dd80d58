package com.passerelle.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/** Keeps an archive folder bounded: the newest files stay, older ones are deleted. */
final class ArchiveRetention {
  private static final Logger LOG = Logger.getLogger(ArchiveRetention.class.getName());

  private ArchiveRetention() {}

  static void keepNewest(Path folder, int keep) {
    List<DropZone.DatedFile> files;
    try (Stream<Path> list = Files.list(folder)) {
      files =
          list.map(DropZone.DatedFile::of)
              .flatMap(java.util.Optional::stream)
              .sorted(Comparator.comparing(DropZone.DatedFile::modified).reversed())
              .toList();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot list the archive " + folder, e);
      return;
    }
    for (DropZone.DatedFile old : files.subList(Math.min(keep, files.size()), files.size())) {
      UploadFile.deleteQuietly(old.path());
    }
  }
}
