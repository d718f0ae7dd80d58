package com.passerelle.webhook;

import com.passerelle.absence.AbsenceChanged;
import java.util.ArrayList;
import java.util.List;

/**
 * Which messages one absence change makes: for each endpoint that sends the event, one per leave.
 * Plain Java (no database), so the rules are unit tested: an inactive endpoint gets nothing; an
 * endpoint in "approved only" mode gets no {@code created}, and no {@code deleted} for an absence
 * it was never told of (never approved: it never got its leaves, so there is nothing to delete
 * there).
 */
public final class OutboxPlan {
  private OutboxPlan() {}

  /** An endpoint as the outbox needs it. */
  public record Target(long endpointId, EventsMode mode, boolean active) {}

  /** One message to write: a leave for an endpoint (its payload is the leave's). */
  public record Planned(long endpointId, Leave leave, int leaveIndex) {}

  public static boolean sends(Target target, AbsenceChanged.Event event, boolean everApproved) {
    if (!target.active() || !target.mode().sends(event)) {
      return false;
    }
    return target.mode() != EventsMode.APPROVED_ONLY
        || event != AbsenceChanged.Event.DELETED
        || everApproved;
  }

  /**
   * The messages, endpoint by endpoint, each endpoint's in leave order (so ids, drawn in this
   * order, follow the leaves).
   */
  public static List<Planned> plan(
      List<Leave> leaves, List<Target> targets, AbsenceChanged.Event event, boolean everApproved) {
    List<Planned> planned = new ArrayList<>();
    for (Target target : targets) {
      if (sends(target, event, everApproved)) {
        for (int i = 0; i < leaves.size(); i++) {
          planned.add(new Planned(target.endpointId(), leaves.get(i), i));
        }
      }
    }
    return planned;
  }
}
