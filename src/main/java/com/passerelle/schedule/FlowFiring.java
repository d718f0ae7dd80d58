package com.passerelle.schedule;

/** What a schedule's firing does: start a run of the flow (FlowTriggers), or record it (tests). */
public interface FlowFiring {
  /** Fires the flow; throws NotFoundException when the flow is gone. */
  void fire(long flowId, FlowTrigger.Source source);
}
