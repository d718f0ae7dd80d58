package com.passerelle.run;

import com.passerelle.catalog.ExplainedMessage;
import com.passerelle.catalog.MessageCatalog;
import com.passerelle.common.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A run report as CSV (the lines of a filter, with status and explained messages), streamed in
 * slices of lines so the export of a large run never sits in memory.
 */
@ApplicationScoped
public class ReportCsv {
  private static final int SLICE = 5000;
  private static final List<String> HEADER =
      List.of(
          "line", "status", "external_id", "first_name", "last_name", "email", "codes", "messages");

  @Inject RunRepository runs;

  public static String fileName(Run run, LineFilter filter) {
    String status = filter.status() == null ? "" : "-" + filter.status().name().toLowerCase();
    return (run.isDryRun() ? "dry-run-" : "run-") + run.getId() + status + ".csv";
  }

  /**
   * Refuses (400), before a byte is sent, a search that matches too many lines to list: its export
   * would otherwise be an empty file that looks like "no line matches".
   */
  public void requireListable(Run run, LineFilter filter) {
    if (filter.searches() && runs.lines(run, filter, LineCursor.FIRST, 1).totalCapped()) {
      throw new InvalidRequestException(
          "More than "
              + LineQueries.SEARCH_LIMIT
              + " lines match \""
              + filter.query()
              + "\": type more of the email, id or name to export them.");
    }
  }

  public void write(long runId, LineFilter filter, OutputStream target) throws IOException {
    Writer out = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8));
    out.write('\uFEFF'); // a BOM, so spreadsheet tools read the file as UTF-8
    row(out, HEADER);
    int after = 0;
    List<Line> slice;
    do {
      slice = runs.linesAfter(runId, filter, after, SLICE);
      for (Line line : slice) {
        row(out, cells(line));
        after = line.getLineNumber();
      }
    } while (slice.size() == SLICE);
    out.flush();
  }

  private static List<String> cells(Line line) {
    List<String> codes = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (LineMessage m : line.getMessages()) {
      ExplainedMessage explained = MessageCatalog.standard().explain(m.getCode(), m.getParams());
      codes.add(m.getCode());
      texts.add(explained.title() + " (" + explained.action() + ")");
    }
    return List.of(
        String.valueOf(line.getLineNumber()),
        line.getStatus().label(),
        nz(line.getExternalId()),
        nz(line.getFirstName()),
        nz(line.getLastName()),
        nz(line.getEmail()),
        String.join(" ", codes),
        String.join("; ", texts));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static void row(Writer out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(cell(cells.get(i)));
    }
    out.write("\r\n");
  }

  /** Quotes when needed, and defuses values a spreadsheet would run as a formula. */
  static String cell(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      v = '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
