package com.passerelle.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.common.InvalidRequestException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {
  private static final Clock NOON =
      Clock.fixed(Instant.parse("2026-03-31T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void defaultsToTheLastThirtyDaysIncludingToday() {
    ReportPeriod p = ReportPeriod.of(null, " ", NOON);
    assertEquals(LocalDate.parse("2026-03-02"), p.from());
    assertEquals(LocalDate.parse("2026-03-31"), p.to());
    assertEquals(Instant.parse("2026-03-02T00:00:00Z"), p.start());
    assertEquals(Instant.parse("2026-04-01T00:00:00Z"), p.end());
  }

  @Test
  void aGivenEndMovesTheDefaultStart() {
    ReportPeriod p = ReportPeriod.of(null, "2026-01-30", NOON);
    assertEquals(LocalDate.parse("2026-01-01"), p.from());
  }

  @Test
  void oneDayIsAPeriod() {
    ReportPeriod p = ReportPeriod.of("2026-01-05", "2026-01-05", NOON);
    assertEquals(p.from(), p.to());
  }

  @Test
  void badInputSaysWhatIsWrong() {
    assertTrue(
        assertThrows(InvalidRequestException.class, () -> ReportPeriod.of("2026-02-30", null, NOON))
            .getMessage()
            .startsWith("from is not a date"));
    assertTrue(
        assertThrows(
                InvalidRequestException.class,
                () -> ReportPeriod.of("2026-02-02", "2026-02-01", NOON))
            .getMessage()
            .contains("after it ends"));
    assertTrue(
        assertThrows(
                InvalidRequestException.class,
                () -> ReportPeriod.of("2024-01-01", "2026-01-01", NOON))
            .getMessage()
            .contains("at most 366 days"));
    assertThrows(InvalidRequestException.class, () -> ReportPeriod.of("0001-01-01", null, NOON));
  }
}
