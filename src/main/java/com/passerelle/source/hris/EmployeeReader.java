package com.passerelle.source.hris;

import static com.passerelle.source.hris.HrisEmployee.EMPLOYMENT_TYPE;

import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.util.HashMap;
import java.util.Map;

/**
 * One employee object of a page, read field by field: the fields a flow can map are kept as text,
 * the first employment gives {@code employment_type}, everything else is stepped over.
 */
final class EmployeeReader {
  private static final Map<String, Integer> FIELD_INDEX = new HashMap<>();

  static {
    for (int i = 0; i < HrisEmployee.FIELDS.size(); i++) {
      if (i != EMPLOYMENT_TYPE) {
        FIELD_INDEX.put(HrisEmployee.FIELDS.get(i), i);
      }
    }
  }

  private EmployeeReader() {}

  /** Reads the object whose START_OBJECT was just returned, up to and with its END_OBJECT. */
  static HrisEmployee read(JsonParser p) {
    String[] values = new String[HrisEmployee.FIELDS.size()];
    for (Event e = p.next(); e == Event.KEY_NAME; e = p.next()) {
      String key = p.getString();
      Event value = p.next();
      Integer index = FIELD_INDEX.get(key);
      if (index != null) {
        values[index] = JsonSkip.scalarOrSkip(p, value);
      } else if (key.equals("employments")) {
        values[EMPLOYMENT_TYPE] = firstEmploymentType(p, value);
      } else {
        JsonSkip.skip(p, value);
      }
    }
    return HrisEmployee.of(values);
  }

  /** The {@code employment_type} of the list's first entry, if that entry is an object. */
  private static String firstEmploymentType(JsonParser p, Event value) {
    if (value != Event.START_ARRAY) {
      JsonSkip.skip(p, value);
      return null;
    }
    Event first = p.next();
    if (first == Event.END_ARRAY) {
      return null;
    }
    String type = null;
    if (first == Event.START_OBJECT) {
      for (Event e = p.next(); e == Event.KEY_NAME; e = p.next()) {
        boolean isType = p.getString().equals("employment_type");
        Event v = p.next();
        String text = JsonSkip.scalarOrSkip(p, v);
        if (isType) {
          type = text;
        }
      }
    } else {
      JsonSkip.skip(p, first);
    }
    JsonSkip.skipRestOfArray(p);
    return type;
  }
}
