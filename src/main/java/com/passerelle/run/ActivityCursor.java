package com.passerelle.run;

import com.passerelle.common.InvalidRequestException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page of the Activity line view starts: after (or, going back, before) one line of one
 * run, written {@code runId-lineNumber} in the URL. The view lists runs newest first and each run's
 * lines in file order, so this pair is a keyset position across runs.
 */
public record ActivityCursor(long runId, int lineNumber, boolean backwards) {
  private static final Pattern FORM = Pattern.compile("(\\d{1,18})-(\\d{1,10})");

  /**
   * From the {@code after} and {@code before} parameters (at most one); null for the first page.
   */
  public static ActivityCursor of(String after, String before) {
    if (after != null && !after.isBlank() && before != null && !before.isBlank()) {
      throw new InvalidRequestException("Give after or before, not both.");
    }
    if (after != null && !after.isBlank()) {
      return parse("after", after, false);
    }
    if (before != null && !before.isBlank()) {
      return parse("before", before, true);
    }
    return null;
  }

  /** The URL form, {@code runId-lineNumber}. */
  public String token() {
    return runId + "-" + lineNumber;
  }

  private static ActivityCursor parse(String name, String value, boolean backwards) {
    Matcher m = FORM.matcher(value.trim());
    long line = m.matches() ? Long.parseLong(m.group(2)) : -1;
    if (line < 0 || line > Integer.MAX_VALUE) {
      throw new InvalidRequestException(
          name + " must be a run and a line number like 12-345, not \"" + value + "\"");
    }
    return new ActivityCursor(Long.parseLong(m.group(1)), (int) line, backwards);
  }
}
