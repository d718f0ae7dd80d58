package com.passerelle.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The date shortcut gives the strict formatter's verdict wherever it decides. */
class FixedDatesTest {
  private static final List<String> PATTERNS =
      List.of("uuuu-MM-dd", "dd/MM/uuuu", "MM/dd/uuuu", "dd.MM.uuuu", "uuuuMMdd", "dd-MM-uuuu");

  @Test
  void decidesLikeTheStrictFormatter() {
    Random random = new Random(7);
    String alphabet = "0123456789-/.x ";
    int decided = 0;
    for (String pattern : PATTERNS) {
      FixedDates fixed = FixedDates.of(pattern);
      assertNotNull(fixed, pattern);
      DateTimeFormatter formatter =
          DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
      List<String> values =
          new java.util.ArrayList<>(
              List.of(
                  "2026-02-28",
                  "2026-02-29",
                  "2024-02-29",
                  "2026-04-31",
                  "2026-13-01",
                  "2026-00-10",
                  "0000-01-01",
                  "31/12/2026",
                  "29/02/2023",
                  "12/31/2026",
                  "20260101",
                  "2026-1-01",
                  "2026-01-1",
                  "+2026-01-01",
                  "20260229",
                  "01.01.2026"));
      for (int n = 0; n < 5_000; n++) {
        StringBuilder v = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
          char p = pattern.charAt(i);
          boolean digit = p == 'u' || p == 'M' || p == 'd';
          v.append(
              random.nextInt(20) == 0
                  ? alphabet.charAt(random.nextInt(alphabet.length()))
                  : digit ? (char) ('0' + random.nextInt(p == 'u' ? 10 : 4)) : p);
        }
        values.add(v.toString());
      }
      for (String value : values) {
        LocalDate fast = fixed.parse(value);
        if (fast == null) {
          continue; // not decided here: the formatter reads it
        }
        decided++;
        LocalDate expected = strict(formatter, value);
        assertEquals(expected, fast == FixedDates.NOT_A_DATE ? null : fast, pattern + " " + value);
      }
    }
    assertTrue(decided > 15_000, "most values of the right shape are decided: " + decided);
  }

  @Test
  void leavesOtherPatternsToTheFormatter() {
    assertNull(FixedDates.of("d/M/uuuu"));
    assertNull(FixedDates.of("dd MMM uuuu"));
    assertNull(FixedDates.of("uu-MM-dd"));
    assertNull(FixedDates.of("'le' dd/MM/uuuu"));
    assertNull(FixedDates.of("uuuu-MM-dd[ HH:mm]"));
    // A digit literal: the strict formatter's year takes it (no date in "20240115000000").
    assertNull(FixedDates.of("uuuuMMdd000000"));
    assertNull(FixedDates.of("dd/MM/uuuu0"));
    assertNull(FixedDates.of("uuuuMM1dd"));
  }

  private static LocalDate strict(DateTimeFormatter formatter, String value) {
    try {
      return LocalDate.parse(value, formatter);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
