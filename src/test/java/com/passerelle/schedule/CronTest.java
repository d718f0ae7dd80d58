package com.passerelle.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.ScheduleExpression;
import org.junit.jupiter.api.Test;

class CronTest {
  @Test
  void everyDayAtSixInParisBecomesAnEjbCalendar() {
    ScheduleExpression e = Cron.parse("0 6 * * *", "Europe/Paris").toScheduleExpression();
    assertEquals("0", e.getSecond());
    assertEquals("0", e.getMinute());
    assertEquals("6", e.getHour());
    assertEquals("*", e.getDayOfMonth());
    assertEquals("Europe/Paris", e.getTimezone());
  }

  @Test
  void stepsRangesAndListsAreKept() {
    Cron c = Cron.parse("  */15  8-18 1,15 * 1-5 ", null);
    assertEquals("*/15 8-18 1,15 * 1-5", c.expression());
    assertEquals("UTC", c.zone().getId());
  }

  @Test
  void eachWrongFieldIsNamed() {
    assertMessage("0 24 * * *", "hour 24 is out of range 0-23");
    assertMessage("61 * * * *", "minute 61 is out of range 0-59");
    assertMessage("0 6 * *", "a schedule has 5 fields");
    assertMessage("0 6 * * mon-fri", "day of week \"mon-fri\" is not");
    assertMessage("*/0 * * * *", "minute step /0 must be 1 or more");
    assertMessage("75/75 * * * *", "minute 75 is out of range");
    assertMessage("0 6 0 * *", "day of month 0 is out of range 1-31");
    assertMessage("0 18-8 * * *", "hour range 18-8 runs backwards");
  }

  @Test
  void anUnknownZoneIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Cron.parse("0 6 * * *", "Mars/Base"));
    assertTrue(e.getMessage().startsWith("unknown time zone"), e.getMessage());
  }

  private static void assertMessage(String cron, String expected) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Cron.parse(cron, "UTC"));
    assertTrue(e.getMessage().startsWith(expected), e.getMessage());
  }
}
