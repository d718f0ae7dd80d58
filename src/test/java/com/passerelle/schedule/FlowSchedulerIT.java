package com.passerelle.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.common.NotFoundException;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The schedule timers inside the server (Arquillian deploys this test beside the application): real
 * persistent EJB calendar timers in the database, one per flow, firing at the test server's short
 * schedule (seconds "*&#47;3", from its configuration), gone when the flow is unscheduled or
 * deleted. What a firing starts is recorded here; ScheduleIT covers the runs it starts.
 */
@ExtendWith(ArquillianExtension.class)
class FlowSchedulerIT {
  private static final long FLOW = 4242;

  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.create(WebArchive.class, "flow-scheduler-it.war")
        .addClasses(
            FlowScheduler.class,
            Cron.class,
            FlowFiring.class,
            FlowTrigger.class,
            FlowTrigger.Source.class,
            FlowTrigger.Outcome.class,
            NotFoundException.class,
            RecordingFiring.class);
  }

  @EJB FlowScheduler scheduler;

  @AfterEach
  void unschedule() {
    scheduler.schedule(FLOW, null);
    scheduler.schedule(RecordingFiring.GONE, null);
  }

  @Test
  void aScheduleIsOnePersistentTimerThatFiresItsFlow() throws InterruptedException {
    scheduler.schedule(FLOW, Cron.parse("* * * * *", "Europe/Paris"));
    scheduler.schedule(FLOW, Cron.parse("*/1 * * * *", "UTC")); // saved again: still one timer
    assertEquals(1, scheduler.timerCount(FLOW), "one persistent timer per flow");
    Instant next = scheduler.nextRun(FLOW).orElseThrow();
    assertTrue(next.isBefore(Instant.now().plus(Duration.ofSeconds(4))), "next run " + next);

    RecordingFiring.FIRED.clear();
    Long fired = RecordingFiring.FIRED.poll(10, TimeUnit.SECONDS);
    assertEquals(FLOW, fired, "the timer did not fire its flow within 10 s");

    scheduler.schedule(FLOW, null); // deactivated or unscheduled
    assertEquals(0, scheduler.timerCount(FLOW));
    RecordingFiring.FIRED.clear();
    assertNull(RecordingFiring.FIRED.poll(5, TimeUnit.SECONDS), "an unscheduled flow still fires");
  }

  @Test
  void aTimerOfAFlowThatIsGoneCancelsItself() throws InterruptedException {
    scheduler.schedule(RecordingFiring.GONE, Cron.parse("* * * * *", "UTC"));
    assertEquals(RecordingFiring.GONE, RecordingFiring.FIRED.poll(10, TimeUnit.SECONDS));
    Thread.sleep(500); // the timeout method returns, then its timer is gone
    assertEquals(0, scheduler.timerCount(RecordingFiring.GONE), "the timer outlived its flow");
  }
}
