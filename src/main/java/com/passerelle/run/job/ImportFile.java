package com.passerelle.run.job;

import com.passerelle.source.csv.CsvFormat;
import com.passerelle.source.csv.CsvRecord;
import com.passerelle.source.csv.CsvRecordReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small helpers around the CSV file a run imports. */
final class ImportFile {
  private ImportFile() {}

  /** The first non-blank record of the file, or null for an empty file. */
  static CsvRecord readHeader(Path file, CsvFormat format) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        CsvRecordReader reader = new CsvRecordReader(in, format)) {
      return reader.next();
    }
  }

  static String describe(char delimiter) {
    return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
  }
}
