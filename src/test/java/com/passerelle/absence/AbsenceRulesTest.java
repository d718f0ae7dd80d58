package com.passerelle.absence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AbsenceRulesTest {
  private static final LeaveAccount DAYS =
      new LeaveAccount("Annual leave 2026", 1L, "Annual", LeaveUnit.DAYS);
  private static final LeaveAccount HOURS =
      new LeaveAccount("Remote work hours", null, null, LeaveUnit.HOURS);

  private static AbsenceRules.Checked check(AbsenceRequest r) {
    return AbsenceRules.check(
        r,
        id -> id == 1,
        email ->
            email.equals("a@example.com") ? java.util.Optional.of(1L) : java.util.Optional.empty(),
        id -> id == 10 ? DAYS : id == 20 ? HOURS : null);
  }

  private static Map<String, String> problems(AbsenceRequest r) {
    return assertThrows(InvalidAbsenceException.class, () -> check(r)).byField();
  }

  @Test
  void aValidDayAbsence() {
    AbsenceRules.Checked c =
        check(new AbsenceRequest(1L, null, 10L, "2026-05-04", true, "2026-05-05", null, " "));
    assertTrue(c.startsAfternoon());
    assertNull(c.durationMinutes());
  }

  @Test
  void anHourAbsenceKeepsItsMinutes() {
    assertEquals(
        450,
        check(new AbsenceRequest(1L, null, 20L, "2026-05-04", false, "2026-05-04", false, "07:30"))
            .durationMinutes());
  }

  @Test
  void everyProblemIsNamedByItsField() {
    Map<String, String> p =
        problems(new AbsenceRequest(2L, null, 99L, "2026-13-01", false, null, false, null));
    assertEquals(
        java.util.Set.of("ownerId", "accountId", "startDate", "endDate"), p.keySet(), p.toString());
    assertTrue(p.get("ownerId").contains("No person with id 2"));
    assertTrue(p.get("accountId").contains("No leave account with id 99"));
  }

  @Test
  void theOwnerByEmailOrByIdNotBoth() {
    assertEquals(
        1L,
        check(
                new AbsenceRequest(
                    null, " a@example.com ", 10L, "2026-05-04", false, "2026-05-04", false, null))
            .ownerId());
    assertTrue(
        problems(
                new AbsenceRequest(
                    null, "b@example.com", 10L, "2026-05-04", false, "2026-05-04", false, null))
            .get("ownerEmail")
            .contains("No person with the email b@example.com"));
    assertTrue(
        problems(
                new AbsenceRequest(
                    1L, "a@example.com", 10L, "2026-05-04", false, "2026-05-04", false, null))
            .get("ownerId")
            .contains("not both"));
    assertTrue(
        problems(
                new AbsenceRequest(null, null, 10L, "2026-05-04", false, "2026-05-04", false, null))
            .get("ownerId")
            .contains("required"));
  }

  @Test
  void endBeforeStart() {
    assertTrue(
        problems(new AbsenceRequest(1L, null, 10L, "2026-05-04", false, "2026-05-03", false, null))
            .get("endDate")
            .contains("before it starts"));
  }

  @Test
  void sameDayAfternoonToMorningHasNoHalfDay() {
    assertTrue(
        problems(new AbsenceRequest(1L, null, 10L, "2026-05-04", true, "2026-05-04", true, null))
            .containsKey("endsMorning"));
  }

  @Test
  void hourAccountsNeedAnHhMmDuration() {
    assertTrue(
        problems(new AbsenceRequest(1L, null, 20L, "2026-05-04", false, "2026-05-04", false, null))
            .get("duration")
            .contains("HH:MM"));
    for (String bad : new String[] {"7:30", "07:60", "7h30", "07:30:00", "00:00", "100:00"}) {
      assertTrue(
          problems(new AbsenceRequest(1L, null, 20L, "2026-05-04", false, "2026-05-04", false, bad))
              .containsKey("duration"),
          bad);
    }
  }

  @Test
  void dayAccountsTakeNoDuration() {
    assertTrue(
        problems(
                new AbsenceRequest(
                    1L, null, 10L, "2026-05-04", false, "2026-05-04", false, "07:30"))
            .get("duration")
            .contains("counts in days"));
  }

  @Test
  void tooLongAnAbsenceIsRefused() {
    assertTrue(
        problems(new AbsenceRequest(1L, null, 10L, "2026-01-01", false, "2036-01-01", false, null))
            .containsKey("endDate"));
  }
}
