package com.passerelle.source.hris;

import static jakarta.json.stream.JsonParser.Event.END_ARRAY;
import static jakarta.json.stream.JsonParser.Event.KEY_NAME;
import static jakarta.json.stream.JsonParser.Event.START_ARRAY;
import static jakarta.json.stream.JsonParser.Event.START_OBJECT;
import static jakarta.json.stream.JsonParser.Event.VALUE_NULL;
import static jakarta.json.stream.JsonParser.Event.VALUE_STRING;

import com.passerelle.source.hris.HrisException.Kind;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one page of the employee list as a stream of parser events: one employee object at a time,
 * never a tree of the page, and no more employees than the page size asked for. Only the shape the
 * contract promises passes; anything else stops the read, because a page misread as shorter would
 * make people look deleted.
 */
final class HrisPageParser {
  /** Longer cursors are not sent back: they would make a URL no server takes. */
  static final int MAX_CURSOR_LENGTH = 4096;

  /** Which page is read, how many employees it may hold, and the status it came with. */
  record Page(int number, int size, int status) {
    HrisException invalid(String why) {
      return new HrisException(
          Kind.INVALID_JSON,
          status,
          "The HRIS answer for page "
              + number
              + " is not the expected list of employees: "
              + why
              + ".");
    }
  }

  private final JsonParserFactory factory;

  HrisPageParser(JsonParserFactory factory) {
    this.factory = factory;
  }

  /**
   * The page in {@code in}, read to its end. I/O failures of the stream (size cap, timeout, broken
   * connection) come out as the stream's own IOException.
   */
  HrisPage parse(InputStream in, Page page) throws HrisException, IOException {
    try (JsonParser parser = factory.createParser(in, StandardCharsets.UTF_8)) {
      HrisPage result = readPage(parser, page);
      if (moreAfter(parser)) {
        throw page.invalid("there is more text after the JSON");
      }
      in.transferTo(OutputStream.nullOutputStream()); // to the end: the connection is reused
      return result;
    } catch (JsonParsingException e) {
      throw page.invalid("it is not valid JSON" + at(e.getLocation()));
    } catch (RuntimeException e) {
      // JsonException around the stream's IOException, or the parser's own refusals: a document
      // nested too deeply (a plain RuntimeException in Parsson), an early end
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw page.invalid("it is not valid JSON");
    }
  }

  private static boolean moreAfter(JsonParser parser) {
    try {
      return parser.hasNext();
    } catch (JsonParsingException trailingText) {
      return true;
    }
  }

  private HrisPage readPage(JsonParser p, Page page) throws HrisException {
    if (p.next() != START_OBJECT) {
      throw page.invalid("it is not a JSON object");
    }
    String status = null;
    HrisPage data = null;
    for (Event e = p.next(); e == KEY_NAME; e = p.next()) {
      String key = p.getString();
      Event value = p.next();
      if (key.equals("status")) {
        status = value == VALUE_STRING ? p.getString() : JsonSkip.scalarOrSkip(p, value);
      } else if (key.equals("data") && data == null) {
        if (value != START_OBJECT) {
          throw page.invalid("its data is not an object");
        }
        data = readData(p, page);
      } else if (key.equals("data")) {
        throw page.invalid("it has data twice");
      } else {
        JsonSkip.skip(p, value);
      }
    }
    if (!"success".equals(status)) {
      throw page.invalid(
          status == null
              ? "it has no status"
              : "its status is \"" + HrisText.clip(status, 40) + "\", not \"success\"");
    }
    if (data == null) {
      throw page.invalid("it has no data");
    }
    return data;
  }

  private HrisPage readData(JsonParser p, Page page) throws HrisException {
    boolean sawNext = false;
    String next = null;
    List<HrisEmployee> results = null;
    for (Event e = p.next(); e == KEY_NAME; e = p.next()) {
      String key = p.getString();
      Event value = p.next();
      if (key.equals("next")) {
        if (value != VALUE_STRING && value != VALUE_NULL) {
          throw page.invalid("its next cursor is not a string or null");
        }
        sawNext = true;
        next = value == VALUE_NULL ? null : p.getString();
        if (next != null && (next.isEmpty() || next.length() > MAX_CURSOR_LENGTH)) {
          throw page.invalid("its next cursor is empty or longer than " + MAX_CURSOR_LENGTH);
        }
      } else if (key.equals("results")) {
        if (value != START_ARRAY) {
          throw page.invalid("its results are not a list");
        }
        results = readResults(p, page);
      } else {
        JsonSkip.skip(p, value);
      }
    }
    if (results == null) {
      throw page.invalid("its data has no results");
    }
    if (!sawNext) {
      throw page.invalid("its data has no next cursor");
    }
    return new HrisPage(next, results);
  }

  private List<HrisEmployee> readResults(JsonParser p, Page page) throws HrisException {
    int pageSize = page.size();
    List<HrisEmployee> results = new ArrayList<>(pageSize);
    for (Event e = p.next(); e != END_ARRAY; e = p.next()) {
      if (e != START_OBJECT) {
        throw page.invalid("an entry of its results is not an object");
      }
      if (results.size() == pageSize) {
        throw new HrisException(
            Kind.PAGE_TOO_LARGE,
            page.status(),
            "The HRIS sent more than "
                + pageSize
                + " employees on page "
                + page.number()
                + " although it was asked for "
                + pageSize
                + ": the read stopped rather than trust that answer.");
      }
      results.add(EmployeeReader.read(p));
    }
    return results;
  }

  /** The {@code error.message} of an error answer, or null when it has none. */
  String errorMessage(byte[] body) {
    try (JsonParser p =
        factory.createParser(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
      if (p.next() != START_OBJECT) {
        return null;
      }
      for (Event e = p.next(); e == KEY_NAME; e = p.next()) {
        boolean error = p.getString().equals("error");
        Event value = p.next();
        if (error && value == START_OBJECT) {
          for (Event f = p.next(); f == KEY_NAME; f = p.next()) {
            boolean message = p.getString().equals("message");
            Event v = p.next();
            if (message && v == VALUE_STRING) {
              return HrisText.clip(p.getString(), 500);
            }
            JsonSkip.skip(p, v);
          }
          return null;
        }
        JsonSkip.skip(p, value);
      }
      return null;
    } catch (RuntimeException notJson) {
      return null; // e.g. a proxy's HTML page: the status alone tells what happened
    }
  }

  private static String at(JsonLocation location) {
    return location == null || location.getLineNumber() < 0
        ? ""
        : " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
  }
}
