package com.passerelle.source.hris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.source.csv.CsvFormat;
import com.passerelle.source.csv.CsvRecord;
import com.passerelle.source.csv.CsvRecordReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staging file is read back by the product's own CSV reader exactly as it was written. */
class HrisStagingFileTest {
  @TempDir Path dir;

  private static HrisEmployee employee(String id, String first, String last, String title) {
    String[] values = new String[HrisEmployee.FIELDS.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = HrisEmployee.FIELDS.get(i) + "-" + id;
    }
    values[0] = id;
    values[3] = first;
    values[4] = last;
    values[9] = title;
    values[7] = null;
    return HrisEmployee.of(values);
  }

  @Test
  void roundTripsThroughTheProductsCsvReader() throws Exception {
    List<HrisEmployee> written =
        List.of(
            employee("1", "Zoë", "Müller-Łukasiewicz", "Sales Manager, DACH"),
            employee("2", "Jean \"JJ\"", "O'Brien", "Line one\nline two"),
            employee("3", "Ana", "Nguyễn 😀", "Windows\r\nline\rbreaks"),
            employee("4", "\"", ",", "   spaced   "),
            employee("5", "", "日本語", "ends with quote\""));
    Path file = dir.resolve("employees.csv");
    try (HrisStagingFile staging = new HrisStagingFile(file)) {
      for (HrisEmployee e : written) {
        staging.accept(e);
      }
      assertEquals(5, staging.records());
    }

    List<List<String>> read = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        CsvRecordReader reader = new CsvRecordReader(in, CsvFormat.of(","))) {
      for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
        assertTrue(r.ok(), r.toString());
        read.add(r.fields());
      }
    }

    assertEquals(HrisStagingFile.COLUMNS, read.get(0));
    assertEquals(written.size() + 1, read.size());
    for (int i = 0; i < written.size(); i++) {
      List<String> expected = new ArrayList<>(written.get(i).values());
      expected.replaceAll(v -> v == null ? "" : v);
      assertEquals(expected, read.get(i + 1), "employee " + (i + 1));
    }
  }

  @Test
  void headerIsTheContractsFieldNamesInOrder() {
    assertEquals(20, HrisStagingFile.COLUMNS.size());
    assertEquals("id", HrisStagingFile.COLUMNS.get(0));
    assertEquals("work_email", HrisStagingFile.COLUMNS.get(6));
    assertEquals("employment_type", HrisStagingFile.COLUMNS.get(19));
    assertNull(employee("1", "a", "b", "c").personalEmail());
  }

  @Test
  void quotesOnlyWhatNeedsIt() throws Exception {
    Path file = dir.resolve("e.csv");
    try (HrisStagingFile staging = new HrisStagingFile(file)) {
      staging.accept(employee("7", "a,b", "say \"hi\"", "plain"));
    }
    String text = Files.readString(file);

    assertTrue(text.startsWith(String.join(",", HrisStagingFile.COLUMNS) + "\r\n"), text);
    assertTrue(text.contains("\"a,b\",\"say \"\"hi\"\"\""), text);
    assertTrue(text.contains(",plain,"), text);
    assertTrue(text.endsWith("\r\n"));
  }
}
