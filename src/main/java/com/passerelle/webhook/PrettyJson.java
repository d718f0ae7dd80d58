package com.passerelle.webhook;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/** A payload indented for reading; text that is not JSON is shown as it is. */
final class PrettyJson {
  private static final JsonWriterFactory WRITERS =
      Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  private PrettyJson() {}

  static String of(String json) {
    if (json == null) {
      return "";
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonValue value = reader.readValue();
      StringWriter out = new StringWriter();
      try (JsonWriter writer = WRITERS.createWriter(out)) {
        writer.write(value);
      }
      return out.toString().strip();
    } catch (JsonException | IllegalStateException e) {
      return json;
    }
  }
}
