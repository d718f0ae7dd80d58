package com.passerelle.schedule;

import com.passerelle.common.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A flow's schedule as a persistent EJB calendar timer, stored in the application's database: it
 * survives restarts, fires on one server only (the persistent executor claims each firing), and a
 * firing missed while the servers were down happens once at start-up. Timers change in the
 * transaction that saves the flow, so a save that rolls back leaves the old schedule.
 */
@Singleton
public class FlowScheduler {
  private static final Logger LOG = Logger.getLogger(FlowScheduler.class.getName());

  /** What a timer carries: the flow it fires. */
  record FlowTimer(long flowId) implements Serializable {}

  @Resource TimerService timers;
  @Inject FlowFiring firing;

  @Resource(lookup = "passerelle/scheduleSeconds")
  Object scheduleSeconds;

  /** One timer for the flow, on this cron; none for null (an inactive or unscheduled flow). */
  public void schedule(long flowId, Cron cron) {
    cancel(flowId);
    if (cron != null) {
      ScheduleExpression expression = cron.toScheduleExpression();
      expression.second(seconds());
      timers.createCalendarTimer(expression, new TimerConfig(new FlowTimer(flowId), true));
    }
  }

  public void cancel(long flowId) {
    for (Timer timer : timers.getTimers()) {
      if (timer.getInfo() instanceof FlowTimer t && t.flowId() == flowId) {
        timer.cancel();
      }
    }
  }

  /** How many timers the flow has: one when scheduled, else none (never more). */
  public long timerCount(long flowId) {
    return timers.getTimers().stream()
        .filter(t -> t.isPersistent() && t.getInfo() instanceof FlowTimer f && f.flowId() == flowId)
        .count();
  }

  /** When the flow's schedule fires next, if it has one. */
  public Optional<Instant> nextRun(long flowId) {
    for (Timer timer : timers.getTimers()) {
      if (timer.getInfo() instanceof FlowTimer t && t.flowId() == flowId) {
        return Optional.of(timer.getNextTimeout().toInstant());
      }
    }
    return Optional.empty();
  }

  // Not in a transaction: a run's launch commits its own steps before its job starts.
  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void fire(Timer timer) {
    if (!(timer.getInfo() instanceof FlowTimer t)) {
      return;
    }
    try {
      firing.fire(t.flowId(), FlowTrigger.Source.SCHEDULE);
    } catch (NotFoundException e) {
      LOG.info("Flow " + t.flowId() + " is gone: its schedule is cancelled");
      timer.cancel();
    }
  }

  private String seconds() {
    String value = String.valueOf(scheduleSeconds).replace("\"", "").trim();
    return value.isEmpty() ? "0" : value;
  }
}
