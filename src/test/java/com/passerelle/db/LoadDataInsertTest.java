package com.passerelle.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadDataInsertTest {
  private static String tsv(Object[]... rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      LoadDataInsert.writeTsv(List.of(rows), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
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
  void eachRowKeepsItsOwnTimestamp() {
    LocalDateTime first = LocalDateTime.of(2026, 11, 28, 16, 37, 14);
    assertEquals(
        "2026-11-28 16:37:14.000000\n2026-11-28 16:37:14.000000\n2026-11-28 16:37:15.000000\n",
        tsv(
            new Object[] {first},
            new Object[] {LocalDateTime.of(2026, 11, 28, 16, 37, 14)},
            new Object[] {first.plusSeconds(1)}));
  }

  @Test
  void unicodeIsWrittenAsJavasOwnUtf8() {
    for (String text : List.of("Zoé 🙂", "ß€\u0800\uFFFF", "lone \uD83D high", "lone \uDE42 low")) {
      assertEquals(
          new String((text + "\n").getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
          tsv(new Object[] {text}),
          text);
    }
  }

  @Test
  void rowsLongerThanTheBufferAreWrittenWhole() {
    String big = "é".repeat(100_000);
    assertEquals(big + "\t1\n", tsv(new Object[] {big, 1}));
  }

  @Test
  void valuesEncodedAheadAreWrittenAsTheValuesThemselvesWouldBe() {
    Object[] values = {"a\tb", null, 42L, "Zoé", LocalDate.of(2026, 1, 5)};
    String expected =
        tsv(new Object[] {1L, "x", values[0], values[1], values[2], values[3], values[4]});

    assertEquals(expected, tsv(new Object[] {1L, "x", EncodedValues.encoded(values)}));
    assertEquals(expected, tsv(new Object[] {1L, "x", EncodedValues.plain(values)}));
  }

  @Test
  void encodedValuesLongerThanTheBufferAreWrittenWhole() {
    String big = "x".repeat(200_000);
    assertEquals("1\t" + big + "\n", tsv(new Object[] {1L, EncodedValues.encoded(big)}));
  }

  @Test
  void startUpRemovesOnlyTheFilesOfProcessesThatNoLongerRun(@TempDir Path dir) throws IOException {
    long dead = ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid).max().orElse(1) + 1000;
    long alive = ProcessHandle.current().parent().map(ProcessHandle::pid).orElseThrow();
    Path deadOnes = Files.createFile(dir.resolve("passerelle-rows-" + dead + "-1.tsv"));
    Path otherServers = Files.createFile(dir.resolve("passerelle-rows-" + alive + "-2.tsv"));
    Path oldUnowned = Files.createFile(dir.resolve("passerelle-rows-3.tsv"));
    Files.setLastModifiedTime(oldUnowned, FileTime.from(Instant.now().minusSeconds(3600)));
    Path freshUnowned = Files.createFile(dir.resolve("passerelle-rows-4.tsv"));
    Path notOurs = Files.createFile(dir.resolve("other-" + dead + ".tsv"));

    LoadDataInsert.deleteLeftovers(dir);

    assertFalse(Files.exists(deadOnes));
    assertFalse(Files.exists(oldUnowned));
    assertTrue(Files.exists(otherServers));
    assertTrue(Files.exists(freshUnowned));
    assertTrue(Files.exists(notOurs));
  }
}
