package com.passerelle.webhook;

import static org.junit.jupiter.api.Assertions.fail;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The payload's JSON Schema (src/main/resources/webhook), for every test that builds payloads. */
public final class LeaveSchema {
  private static final Schema SCHEMA = load();

  private LeaveSchema() {}

  private static Schema load() {
    try (InputStream in =
        LeaveSchema.class.getResourceAsStream("/webhook/leave-payload.schema.json")) {
      if (in == null) {
        throw new IllegalStateException(
            "webhook/leave-payload.schema.json is not on the classpath");
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the schema finds wrong with the payload (empty when it is valid). */
  public static List<String> problems(String json) {
    return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  public static void assertValid(String json) {
    List<String> problems = problems(json);
    if (!problems.isEmpty()) {
      fail("Payload does not match leave-payload.schema.json: " + problems + "\n" + json);
    }
  }
}
