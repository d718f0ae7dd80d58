package com.passerelle.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.common.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The Activity line view's URL parameters: period, filters and cursors. */
class ActivityFilterTest {
  private static final LocalDate TODAY = LocalDate.parse("2026-03-10");

  @Test
  void theLastSevenUtcDaysByDefault() {
    ActivityFilter f = ActivityFilter.of(null, " ", null, null, TODAY);
    assertEquals(LocalDate.parse("2026-03-04"), f.from());
    assertEquals(TODAY, f.to());
    assertEquals(Instant.parse("2026-03-04T00:00:00Z"), f.since());
    assertEquals(Instant.parse("2026-03-11T00:00:00Z"), f.until(), "the last day is included");
    assertEquals(LineFilter.ALL, f.lines());
  }

  @Test
  void aGivenEndMovesTheDefaultStart() {
    ActivityFilter f = ActivityFilter.of(null, "2026-01-31", "failure", " dup ", TODAY);
    assertEquals(LocalDate.parse("2026-01-25"), f.from());
    assertEquals(LineStatus.FAILURE, f.lines().status());
    assertEquals("dup", f.lines().query());
  }

  @Test
  void badInputSaysWhatIsWrong() {
    assertTrue(
        assertThrows(
                InvalidRequestException.class,
                () -> ActivityFilter.of("2026-02-30", null, null, null, TODAY))
            .getMessage()
            .contains("yyyy-mm-dd"));
    assertTrue(
        assertThrows(
                InvalidRequestException.class,
                () -> ActivityFilter.of("2026-03-02", "2026-03-01", null, null, TODAY))
            .getMessage()
            .contains("after it ends"));
    assertThrows(
        InvalidRequestException.class, () -> ActivityFilter.of(null, null, "nope", null, TODAY));
    assertThrows(
        InvalidRequestException.class,
        () -> ActivityFilter.of("0001-01-01", null, null, null, TODAY));
  }

  @Test
  void cursorsAreARunAndALine() {
    assertNull(ActivityCursor.of(null, ""));
    ActivityCursor after = ActivityCursor.of("12-345", null);
    assertEquals(new ActivityCursor(12, 345, false), after);
    assertEquals("12-345", after.token());
    assertTrue(ActivityCursor.of(null, "3-0").backwards());
    for (String bad : new String[] {"12", "a-1", "1-99999999999", "-1-2", "1-2-3"}) {
      assertThrows(InvalidRequestException.class, () -> ActivityCursor.of(bad, null), bad);
    }
    assertThrows(InvalidRequestException.class, () -> ActivityCursor.of("1-2", "1-3"));
  }

  @Test
  void progressText() {
    RunProgress p =
        new RunProgress(
            1, RunState.IN_PROGRESS, null, null, null, 1234, 20000L, java.util.Map.of(), false);
    assertEquals("1,234 of 20,000 lines", p.text());
    assertEquals(6, p.percent());
    RunProgress unknown =
        new RunProgress(
            1, RunState.IN_PROGRESS, null, null, null, 1, null, java.util.Map.of(), false);
    assertEquals("1 line", unknown.text());
    assertNull(unknown.percent());
  }
}
