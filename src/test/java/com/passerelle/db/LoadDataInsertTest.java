package com.passerelle.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadDataInsertTest {
  private static String tsv(Object[]... rows) {
    return new String(LoadDataInsert.tsv(List.of(rows)), StandardCharsets.UTF_8);
  }

  @Test
  void rowsAreTabSeparatedLinesWithNullAsBackslashN() {
    assertEquals(
        "7\t2\tSUCCESS\t\\N\n8\t3\tFAILURE\tx\n",
        tsv(new Object[] {7L, 2, "SUCCESS", null}, new Object[] {8L, 3, "FAILURE", "x"}));
  }

  @Test
  void separatorsBackslashesAndNulCharactersAreEscaped() {
    assertEquals("a\\tb\\nc\\rd\\\\e\\0f\n", tsv(new Object[] {"a\tb\nc\rd\\e\0f"}));
  }

  @Test
  void textThatLooksLikeNullStaysText() {
    assertEquals("\\\\N\tNULL\n", tsv(new Object[] {"\\N", "NULL"}));
  }

  @Test
  void datesAndTimesAreWrittenTheWayMariaDbReadsThem() {
    assertEquals(
        "2026-01-05\t2026-11-28 16:37:14.000123\n",
        tsv(
            new Object[] {
              LocalDate.of(2026, 1, 5), LocalDateTime.of(2026, 11, 28, 16, 37, 14, 123_000)
            }));
  }

  @Test
  void unicodeIsSentAsUtf8() {
    assertEquals("Zoé 🙂\n", tsv(new Object[] {"Zoé 🙂"}));
  }
}
