package com.passerelle.run;

import com.passerelle.catalog.Params;
import java.util.ArrayList;
import java.util.List;

/**
 * A line's messages in one column: {@code CODE params;CODE params}. Codes are catalog names and
 * parameters are URL-encoded ({@link Params}), so neither holds a space or a semicolon and the text
 * splits back without escapes.
 */
public final class LineMessages {
  /** Size of the run_line.messages column. */
  public static final int COLUMN_LENGTH = 4000;

  private LineMessages() {}

  public static String encode(List<LineMessage> messages) {
    if (messages.isEmpty()) {
      return null;
    }
    String full = join(messages, Integer.MAX_VALUE);
    if (full.length() <= COLUMN_LENGTH) {
      return full;
    }
    // Too long (many long values): each message gets an equal share for its parameters, and a
    // cut is the last resort (decoding is lenient) for more messages than shares can hold.
    int share = Math.max(0, COLUMN_LENGTH / messages.size() - 42);
    String fitted = join(messages, share);
    return fitted.length() <= COLUMN_LENGTH ? fitted : fitted.substring(0, COLUMN_LENGTH);
  }

  private static String join(List<LineMessage> messages, int paramsBudget) {
    StringBuilder out = new StringBuilder();
    for (LineMessage m : messages) {
      if (out.length() > 0) {
        out.append(';');
      }
      String params = m.encodedParams();
      if (params.length() > paramsBudget) {
        params = Params.encode(m.getParams(), paramsBudget);
      }
      out.append(m.getCode()).append(' ').append(params);
    }
    return out.toString();
  }

  public static List<LineMessage> decode(String column) {
    List<LineMessage> messages = new ArrayList<>();
    if (column == null || column.isEmpty()) {
      return messages;
    }
    for (String one : column.split(";")) {
      int space = one.indexOf(' ');
      messages.add(
          space < 0
              ? new LineMessage(one, "")
              : new LineMessage(one.substring(0, space), one.substring(space + 1)));
    }
    return messages;
  }
}
