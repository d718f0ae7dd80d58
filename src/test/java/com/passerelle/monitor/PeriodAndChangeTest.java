package com.passerelle.monitor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.catalog.IntegrationType;
import com.passerelle.common.InvalidRequestException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PeriodAndChangeTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  @Test
  void oneDayIsComparedWithTheDayBefore() {
    Period p = Period.lastDays(1, TODAY);
    assertEquals(new Period(TODAY, TODAY), p);
    assertEquals(new Period(TODAY.minusDays(1), TODAY.minusDays(1)), p.previous());
  }

  @Test
  void thirtyDaysAreComparedWithTheThirtyBeforeAcrossAMonthEnd() {
    Period p = Period.lastDays(30, TODAY);
    assertEquals(LocalDate.of(2026, 1, 31), p.first());
    assertEquals(30, p.days());
    Period before = p.previous();
    assertEquals(LocalDate.of(2026, 1, 1), before.first());
    assertEquals(LocalDate.of(2026, 1, 30), before.last());
    assertEquals(30, before.days());
  }

  @Test
  void onlyTheDashboardsPeriodsAreAccepted() {
    for (Integer bad : new Integer[] {0, 2, 31, -7, 365, null}) {
      assertThrows(InvalidRequestException.class, () -> Period.lastDays(bad, TODAY), "" + bad);
    }
    assertEquals(7, Period.lastDays(7, TODAY).days());
  }

  @Test
  void anEmptyPreviousPeriodIsNoDataBeforeNotADivisionByZero() {
    Change c = Change.of(12, 0);
    assertEquals(Change.Trend.NO_DATA_BEFORE, c.trend());
    assertNull(c.percent());
    assertTrue(c.noDataBefore());
    assertEquals(Change.Trend.NO_DATA_BEFORE, Change.of(0, 0).trend());
  }

  @Test
  void changesAreAPercentageOfThePreviousPeriodWithOneDecimal() {
    assertEquals(50.0, Change.of(15, 10).percent());
    assertEquals(Change.Trend.UP, Change.of(15, 10).trend());
    assertEquals(-100.0, Change.of(0, 4).percent());
    assertEquals(Change.Trend.DOWN, Change.of(0, 4).trend());
    assertEquals(33.3, Change.of(4, 3).percent());
    assertEquals(0.0, Change.of(7, 7).percent());
    assertEquals(Change.Trend.SAME, Change.of(7, 7).trend());
  }

  @Test
  void trendsHaveAValueForEveryDayAndEveryChosenType() {
    Period p = Period.lastDays(7, TODAY);
    var totals =
        List.of(
            new MonitoringQueries.DayTotal(TODAY, IntegrationType.INBOUND_FILE, 4),
            new MonitoringQueries.DayTotal(TODAY.minusDays(6), IntegrationType.INBOUND_FILE, 2),
            new MonitoringQueries.DayTotal(TODAY.minusDays(3), IntegrationType.OUTBOUND_WEBHOOK, 9),
            // a type not chosen, and a day outside the period: ignored
            new MonitoringQueries.DayTotal(TODAY, IntegrationType.INBOUND_WEBHOOK, 5),
            new MonitoringQueries.DayTotal(TODAY.minusDays(7), IntegrationType.INBOUND_FILE, 8));

    Map<IntegrationType, long[]> filled =
        TrendFill.fill(
            p, EnumSet.of(IntegrationType.INBOUND_FILE, IntegrationType.OUTBOUND_WEBHOOK), totals);

    assertEquals(
        List.of(IntegrationType.INBOUND_FILE, IntegrationType.OUTBOUND_WEBHOOK),
        List.copyOf(filled.keySet()));
    assertArrayEquals(new long[] {2, 0, 0, 0, 0, 0, 4}, filled.get(IntegrationType.INBOUND_FILE));
    assertArrayEquals(
        new long[] {0, 0, 0, 9, 0, 0, 0}, filled.get(IntegrationType.OUTBOUND_WEBHOOK));
    assertEquals(7, p.eachDay().size());
    assertEquals(TODAY, p.eachDay().get(6));
  }

  @Test
  void aChunksCountsBecomeOneRowPerKeyInKeyOrder() {
    var merged =
        TransactionDays.merge(
            List.of(
                TransactionDays.Count.failure(IntegrationType.INBOUND_FILE, "MISSING_FIELD", 3L, 1),
                TransactionDays.Count.failure(IntegrationType.INBOUND_FILE, "INVALID_EMAIL", 3L, 1),
                TransactionDays.Count.failure(IntegrationType.INBOUND_FILE, "MISSING_FIELD", 3L, 1),
                TransactionDays.Count.success(IntegrationType.INBOUND_FILE, 3L, 0)));
    assertEquals(2, merged.size());
    assertEquals(
        List.of("INVALID_EMAIL", "MISSING_FIELD"),
        merged.keySet().stream().map(TransactionDays.Count::code).toList());
    assertEquals(List.of(1L, 2L), List.copyOf(merged.values()));
  }

  @Test
  void failureCursorsRoundTripAndRefuseStrangers() {
    var c = new FailureCursor(12, IntegrationType.OUTBOUND_WEBHOOK, 4, "503");
    assertEquals(c, FailureCursor.parse(c.token()));
    assertNull(FailureCursor.parse(null));
    for (String bad :
        new String[] {"x", "1:NOPE:2:503", "a:INBOUND_FILE:2:X", "1:INBOUND_FILE:2:"}) {
      assertThrows(InvalidRequestException.class, () -> FailureCursor.parse(bad), bad);
    }
  }

  @Test
  void httpCodesReadAsTheirReasonPhrase() {
    assertEquals("Not Found", ErrorLabels.label("404"));
    assertEquals("Origin Is Unreachable", ErrorLabels.label("523"));
    assertEquals("Service Unavailable", ErrorLabels.label("503"));
    assertTrue(ErrorLabels.isHttp("308"));
    assertEquals(Step.LINE, Step.of(IntegrationType.INBOUND_FILE, "INVALID_EMAIL"));
    assertEquals(Step.RUN, Step.of(IntegrationType.INBOUND_FILE, "FILE_EMPTY"));
    assertEquals(Step.CALL, Step.of(IntegrationType.OUTBOUND_WEBHOOK, "503"));
  }
}
