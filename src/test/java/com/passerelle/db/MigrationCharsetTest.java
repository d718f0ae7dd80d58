package com.passerelle.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every table is created in utf8mb4 on MariaDB whatever the database's default ({@code
 * ${textTable}}, see FlywayMigration): a table left to a latin1 default refused a Chinese name with
 * a 500, and its migration stopped at the first such row. The tables listed below predate the rule
 * and hold codes only, or were converted by V2_1 (flow_trigger and inbound_event by V25_2).
 */
class MigrationCharsetTest {
  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

  private static final Set<String> BEFORE_THE_RULE =
      Set.of(
          "flow",
          "flow_mapping",
          "flow_required_field",
          "run",
          "run_line",
          "line_message",
          "person",
          "failure",
          "named_lock",
          "flow_trigger",
          "inbound_event",
          "transaction_day");

  private static final Pattern CREATE =
      Pattern.compile("CREATE TABLE\\s+(\\w+)\\s*\\((.*?)\\n\\)([^;]*);", Pattern.DOTALL);

  @Test
  void newTablesAreCreatedInUtf8mb4() throws IOException {
    List<String> plain = new ArrayList<>();
    int tables = 0;
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
        Matcher m = CREATE.matcher(Files.readString(file));
        while (m.find()) {
          tables++;
          if (!m.group(3).contains("${textTable}") && !BEFORE_THE_RULE.contains(m.group(1))) {
            plain.add(file.getFileName() + ": " + m.group(1));
          }
        }
      }
    }
    assertTrue(tables > 20, "the migrations were read: " + tables + " tables");
    assertEquals(List.of(), plain, "tables without ${textTable}");
  }
}
