package com.passerelle.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo's sample file, with its start dates relative to today ({@code {+14}} is in two weeks):
 * "not yet arrived" and "Start date is too old" stay true whatever day the demo starts. Handled as
 * ISO-8859-1 so its one deliberately broken byte (the "Invalid encoding" line) stays broken.
 */
final class DemoFile {
  private static final Pattern RELATIVE_DATE = Pattern.compile("\\{([+-]\\d+)}");

  private DemoFile() {}

  static InputStream employees() {
    return new ByteArrayInputStream(employees(LocalDate.now(ZoneOffset.UTC)));
  }

  static byte[] employees(LocalDate today) {
    try (InputStream in = DemoFile.class.getResourceAsStream("/demo/employees.csv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      Matcher m = RELATIVE_DATE.matcher(text);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(out, today.plusDays(Long.parseLong(m.group(1))).toString());
      }
      m.appendTail(out);
      return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
