package com.passerelle.source.hris;

import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;

/**
 * Values of a streamed JSON document read as text or stepped over, nested ones included, so that
 * unknown fields and {@code custom_fields} cost no memory.
 */
final class JsonSkip {
  private JsonSkip() {}

  /**
   * The text of the value that {@code value} starts: strings and numbers as written, booleans as
   * {@code true}/{@code false}, null as null; an object or a list is skipped and reads as null.
   */
  static String scalarOrSkip(JsonParser p, Event value) {
    switch (value) {
      case VALUE_STRING:
      case VALUE_NUMBER:
        return p.getString();
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      default:
        skip(p, value);
        return null;
    }
  }

  /** Steps past the value that {@code value} starts (the whole object or list, if it is one). */
  static void skip(JsonParser p, Event value) {
    if (value != Event.START_OBJECT && value != Event.START_ARRAY) {
      return;
    }
    int depth = 1;
    while (depth > 0) {
      Event e = p.next();
      if (e == Event.START_OBJECT || e == Event.START_ARRAY) {
        depth++;
      } else if (e == Event.END_OBJECT || e == Event.END_ARRAY) {
        depth--;
      }
    }
  }

  /** Steps past the rest of a list whose first entries were read. */
  static void skipRestOfArray(JsonParser p) {
    for (Event e = p.next(); e != Event.END_ARRAY; e = p.next()) {
      skip(p, e);
    }
  }
}
