package com.passerelle.run.job;

import com.passerelle.source.csv.CsvFormat;
import com.passerelle.source.csv.CsvRecordReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How many data lines a run's file holds: the records the import will write, counted by the very
 * reader the import uses, so quoted newlines, blank lines, a BOM and broken records count exactly
 * as they will be imported (one line each). Streams the file: one record in memory at a time.
 */
final class RecordCount {
  private RecordCount() {}

  /** The records after the header (0 for an empty file or a header alone). */
  static long dataLines(Path file, CsvFormat format) throws IOException {
    long records = 0;
    try (InputStream in = Files.newInputStream(file);
        CsvRecordReader reader = new CsvRecordReader(in, format)) {
      while (reader.skip()) {
        records++;
      }
    }
    return Math.max(0, records - 1);
  }
}
