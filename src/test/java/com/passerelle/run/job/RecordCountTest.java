package com.passerelle.run.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.passerelle.source.csv.CsvFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The total of "N of M lines": records as the import reads them, not physical lines. */
class RecordCountTest {
  @TempDir Path dir;

  private long count(String text) throws IOException {
    Path file = dir.resolve("f.csv");
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    return RecordCount.dataLines(file, CsvFormat.comma());
  }

  @Test
  void quotedNewlinesDoNotMakeLines() throws IOException {
    assertEquals(
        2, count("id,note\n1,\"two\nphysical\r\nlines\"\n2,\"a \"\"quoted\"\"\nvalue\"\n"));
  }

  @Test
  void blankLinesAreNotImportedSoNotCounted() throws IOException {
    assertEquals(2, count("id,name\r\n\r\n1,a\r\n   \r\n2,b"));
  }

  @Test
  void bomEmptyFileHeaderAloneAndABrokenLastRecord() throws IOException {
    assertEquals(0, count(""));
    assertEquals(0, count("\uFEFFid,name\n"));
    assertEquals(1, count("\uFEFFid,name\n1,a\n"));
    // an unterminated quote swallows the rest of the file: one (failed) line, as imported
    assertEquals(2, count("id,name\n1,a\n2,\"open\n3,c\n4,d\n"));
  }

  @Test
  void otherDelimitersAndManyLines() throws IOException {
    StringBuilder s = new StringBuilder("id;name\n");
    for (int i = 0; i < 100_000; i++) {
      s.append(i).append(";\"n;").append(i).append("\"\n");
    }
    Path file = dir.resolve("big.csv");
    Files.writeString(file, s);
    assertEquals(100_000, RecordCount.dataLines(file, new CsvFormat(';', '"')));
  }
}
