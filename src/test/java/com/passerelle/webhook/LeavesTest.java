package com.passerelle.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeavesTest {
  private static final LocalDate MON = LocalDate.of(2026, 5, 4);

  private static List<String> ids(List<Leave> leaves) {
    return leaves.stream().map(Leave::id).toList();
  }

  @Test
  void aTwoDayAbsenceIsFourLeavesMorningFirst() {
    List<Leave> leaves = Leaves.of(78287, MON, false, MON.plusDays(1), false, null);
    assertEquals(
        List.of("78287-20260504-AM", "78287-20260504-PM", "78287-20260505-AM", "78287-20260505-PM"),
        ids(leaves));
    assertEquals(List.of(true, false, true, false), leaves.stream().map(Leave::am).toList());
    assertEquals(MON.plusDays(1), leaves.get(3).date());
    assertNull(leaves.get(0).durationSeconds());
    assertNull(leaves.get(0).durationText());
  }

  @Test
  void anAfternoonStartHasNoMorningOnItsFirstDay() {
    assertEquals(
        List.of("1-20260504-PM", "1-20260505-AM", "1-20260505-PM"),
        ids(Leaves.of(1, MON, true, MON.plusDays(1), false, null)));
  }

  @Test
  void aMorningEndHasNoAfternoonOnItsLastDay() {
    assertEquals(
        List.of("1-20260504-AM", "1-20260504-PM", "1-20260505-AM"),
        ids(Leaves.of(1, MON, false, MON.plusDays(1), true, null)));
    assertEquals(
        List.of("1-20260504-PM", "1-20260505-AM"),
        ids(Leaves.of(1, MON, true, MON.plusDays(1), true, null)));
  }

  @Test
  void oneHalfDay() {
    assertEquals(List.of("9-20260504-AM"), ids(Leaves.of(9, MON, false, MON, true, null)));
    assertEquals(List.of("9-20260504-PM"), ids(Leaves.of(9, MON, true, MON, false, null)));
    assertEquals(1, Leaves.count(MON, true, MON, false));
  }

  @Test
  void weekendsAreIncludedAsTheSeedsDoNotExcludeThem() {
    LocalDate friday = LocalDate.of(2026, 5, 8);
    assertEquals(8, Leaves.of(1, friday, false, friday.plusDays(3), false, null).size());
  }

  @Test
  void noHalfDayOrTooManyIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Leaves.of(1, MON, true, MON, true, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> Leaves.of(1, MON, false, MON.minusDays(1), false, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> Leaves.of(1, MON, false, MON.plusDays(Leaves.MAX / 2), false, null));
  }

  @Test
  void anHourAbsenceIsSplitEvenlyOverItsHalfDays() {
    List<Leave> leaves = Leaves.of(1, MON, false, MON, false, 7 * 60 + 30);
    assertEquals(
        List.of("03:45:00", "03:45:00"), leaves.stream().map(Leave::durationText).toList());
  }

  @Test
  void secondsThatDoNotDivideGoToTheFirstLeavesAndTheSumIsExact() {
    // 10 minutes over 7 half-days: 600 s = 6 × 86 s + 84 s... 600 / 7 = 85 rest 5.
    List<Leave> leaves = Leaves.of(1, MON, true, MON.plusDays(3), false, 10);
    assertEquals(7, leaves.size());
    assertEquals(
        List.of(86, 86, 86, 86, 86, 85, 85), leaves.stream().map(Leave::durationSeconds).toList());
    assertEquals(600, leaves.stream().mapToInt(Leave::durationSeconds).sum());
    assertEquals("00:01:26", leaves.get(0).durationText());
  }

  @Test
  void longDurationsKeepTheirHours() {
    assertEquals(
        "99:59:00", Leaves.of(1, MON, false, MON, true, 99 * 60 + 59).get(0).durationText());
  }
}
