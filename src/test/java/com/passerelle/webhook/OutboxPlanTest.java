package com.passerelle.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.absence.AbsenceChanged.Event;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxPlanTest {
  private static final List<Leave> TWO_DAYS =
      Leaves.of(7, LocalDate.of(2026, 5, 4), false, LocalDate.of(2026, 5, 5), false, null);
  private static final OutboxPlan.Target ALL = new OutboxPlan.Target(1, EventsMode.ALL, true);
  private static final OutboxPlan.Target APPROVED =
      new OutboxPlan.Target(2, EventsMode.APPROVED_ONLY, true);
  private static final OutboxPlan.Target OFF = new OutboxPlan.Target(3, EventsMode.ALL, false);

  private static List<String> plan(Event event, boolean everApproved, OutboxPlan.Target... t) {
    return OutboxPlan.plan(TWO_DAYS, List.of(t), event, everApproved).stream()
        .map(p -> p.endpointId() + ":" + p.leave().id())
        .toList();
  }

  @Test
  void aTwoDayAbsenceAndOneEndpointIsFourMessagesInLeaveOrder() {
    assertEquals(
        List.of("1:7-20260504-AM", "1:7-20260504-PM", "1:7-20260505-AM", "1:7-20260505-PM"),
        plan(Event.CREATED, false, ALL));
  }

  @Test
  void approvedOnlyEndpointsGetNoCreated() {
    assertEquals(4, plan(Event.CREATED, false, ALL, APPROVED).size());
    assertTrue(plan(Event.CREATED, false, APPROVED).isEmpty());
    assertEquals(4, plan(Event.APPROVED, true, APPROVED).size());
  }

  @Test
  void approvedOnlyEndpointsGetDeletedOnlyForWhatTheyWereSent() {
    assertEquals(4, plan(Event.DELETED, true, APPROVED).size());
    assertTrue(plan(Event.DELETED, false, APPROVED).isEmpty());
    assertEquals(4, plan(Event.DELETED, false, ALL).size());
  }

  @Test
  void inactiveEndpointsGetNothing() {
    assertTrue(plan(Event.APPROVED, true, OFF).isEmpty());
  }

  @Test
  void everyEndpointGetsEveryLeaveOnce() {
    List<OutboxPlan.Planned> planned =
        OutboxPlan.plan(TWO_DAYS, List.of(ALL, APPROVED), Event.APPROVED, true);
    assertEquals(8, planned.size());
    assertEquals(8, planned.stream().map(p -> p.endpointId() + p.leave().id()).distinct().count());
    planned.forEach(p -> assertEquals(TWO_DAYS.get(p.leaveIndex()), p.leave()));
  }
}
