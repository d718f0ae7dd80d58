package com.passerelle.schedule;

import com.passerelle.common.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The firing of the in-server timer tests: records which flow each timer fired for, and answers
 * "not found" for flows the test says are gone (as the real FlowTriggers does for a deleted flow).
 */
@ApplicationScoped
public class RecordingFiring implements FlowFiring {
  static final long GONE = -7;

  // Static: the test and the timer reach it whatever bean instance each was given.
  static final BlockingQueue<Long> FIRED = new LinkedBlockingQueue<>();

  @Override
  public void fire(long flowId, FlowTrigger.Source source) {
    FIRED.add(flowId);
    if (flowId == GONE) {
      throw new NotFoundException("Flow", flowId);
    }
  }
}
