package com.passerelle.source.hris;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Employees read from the HRIS written as a UTF-8 CSV file, so that a run imports them like any
 * dropped file: the header holds the contract's field names (what a flow maps, e.g. person field
 * {@code email} from column {@code work_email}), one record per employee, quoted as RFC 4180 says.
 * A null value and an empty one both become an empty field.
 */
public final class HrisStagingFile implements EmployeeSink, Closeable {

  /** The header: {@link HrisEmployee#FIELDS}, in that order. */
  public static final List<String> COLUMNS = HrisEmployee.FIELDS;

  private static final String RECORD_END = "\r\n";

  private final Path file;
  private final Writer out;
  private long records;

  /** Creates (or empties) {@code file} and writes the header. */
  public HrisStagingFile(Path file) throws IOException {
    this.file = file;
    this.out =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 64 * 1024);
    try {
      writeRecord(COLUMNS);
    } catch (IOException e) {
      out.close();
      throw e;
    }
  }

  @Override
  public void accept(HrisEmployee employee) throws IOException {
    writeRecord(employee.values());
    records++;
  }

  /** Employees written so far (the header not counted). */
  public long records() {
    return records;
  }

  public Path file() {
    return file;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  private void writeRecord(List<String> values) throws IOException {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      writeField(values.get(i));
    }
    out.write(RECORD_END);
  }

  private void writeField(String value) throws IOException {
    if (value == null || value.isEmpty()) {
      return;
    }
    if (!needsQuotes(value)) {
      out.write(value);
      return;
    }
    out.write('"');
    int from = 0;
    for (int quote = value.indexOf('"'); quote >= 0; quote = value.indexOf('"', from)) {
      out.write(value, from, quote + 1 - from);
      out.write('"'); // a quote inside is doubled
      from = quote + 1;
    }
    out.write(value, from, value.length() - from);
    out.write('"');
  }

  private static boolean needsQuotes(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return true;
      }
    }
    return false;
  }
}
