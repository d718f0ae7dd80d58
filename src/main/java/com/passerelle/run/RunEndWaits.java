package com.passerelle.run;

import com.passerelle.common.InvalidRequestException;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Callers waiting for runs to end (the API's {@code GET /runs/{id}?wait=N}): one check of all their
 * runs every {@link #CHECK} reads the run rows, so it sees a run end on any server, and a client
 * waiting for an import costs one request instead of a poll every few hundred milliseconds (each
 * poll cost the server 3-5 ms of CPU, taken from the import it watched). Nothing runs while no one
 * waits. Each waiter is answered once: when its run has ended, is gone, or its time is up.
 */
@ApplicationScoped
public class RunEndWaits {
  private static final Logger LOG = Logger.getLogger(RunEndWaits.class.getName());

  /** The longest wait a caller gets (asked for more, it gets this). */
  public static final Duration MAX_WAIT = Duration.ofSeconds(60);

  /** Waiters at most on this server: past that, callers get the run at once, as a plain read. */
  static final int MAX_WAITERS = 1000;

  /**
   * Waiters at most of one user: a client that drops its waits is not seen until they end, so one
   * account alone cannot take every place (a user past it gets plain reads).
   */
  static final int MAX_WAITERS_PER_USER = 100;

  /**
   * How often the waiting runs are read: a run whose job ends on this server is answered at once
   * ({@link #ended}) and a waiter whose time is up at its own deadline, so this only bounds how
   * late other ends are seen (a job on another server, a deleted run); each read costs about 2 ms
   * of CPU, taken from the imports being waited for.
   */
  static final Duration CHECK = Duration.ofMillis(500);

  /** A caller's wait: {@code answer} reads the run as it is then and answers the caller. */
  private record Waiter(long runId, String user, Instant deadline, Runnable answer) {}

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ScheduledExecutorService scheduler;

  @Inject RunRepository runs;

  private final List<Waiter> waiters = new ArrayList<>();
  private ScheduledFuture<?> checks;
  private boolean stopping;

  /**
   * The {@code wait} parameter: whole seconds, none when absent; more than {@link #MAX_WAIT} is
   * {@link #MAX_WAIT}.
   */
  public static Duration parseWait(String seconds) {
    if (seconds == null || seconds.isBlank()) {
      return Duration.ZERO;
    }
    String digits = seconds.strip();
    if (!digits.matches("[0-9]+")) {
      throw new InvalidRequestException(
          "wait must be a whole number of seconds, 0 to " + MAX_WAIT.toSeconds() + ".");
    }
    // Long numbers are long waits: capped without parsing them.
    long value = digits.length() > 9 ? Long.MAX_VALUE : Long.parseLong(digits);
    return value >= MAX_WAIT.toSeconds() ? MAX_WAIT : Duration.ofSeconds(value);
  }

  /**
   * Calls {@code answer} once the run has ended (or is gone) or {@code wait} (see {@link
   * #parseWait}) has passed, on a thread of the server's; false when this server, or this user, has
   * too many waiters already, or the server is stopping (the caller answers at once instead).
   */
  public synchronized boolean await(long runId, String user, Duration wait, Runnable answer) {
    if (stopping
        || waiters.size() >= MAX_WAITERS
        || waiters.stream().filter(w -> w.user().equals(user)).count() >= MAX_WAITERS_PER_USER) {
      return false;
    }
    if (checks == null) {
      long every = CHECK.toMillis();
      try {
        checks = scheduler.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException e) {
        return false; // the server is stopping
      }
    }
    Waiter waiter = new Waiter(runId, user, Instant.now().plus(wait), answer);
    waiters.add(waiter);
    try {
      // Its own deadline, not the next check's: a wait=N lasts N seconds, not up to CHECK more.
      scheduler.schedule(() -> expire(waiter), wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // stopping: the checks (or the stop) still answer it
    }
    return true;
  }

  /** A waiter whose time is up, still waiting: answered with its run as it is now. */
  private void expire(Waiter waiter) {
    boolean due;
    synchronized (this) {
      due = waiters.remove(waiter);
    }
    if (due) {
      answer(waiter);
    }
  }

  /**
   * A run ended on this server: its waiters hear it now rather than at the next check. On the
   * caller's thread (one read when someone waits): at a shutdown the executors refuse new tasks,
   * and the waiters must still hear that their run was interrupted.
   */
  public void ended() {
    if (hasWaiters()) {
      check();
    }
  }

  private synchronized boolean hasWaiters() {
    return !waiters.isEmpty();
  }

  private void check() {
    try {
      for (Waiter w : dueWaiters()) {
        answer(w);
      }
    } catch (RuntimeException e) {
      // A periodic task that throws is never run again: this round is lost, not the next ones.
      LOG.log(Level.WARNING, "Run end check failed", e);
    }
  }

  /** Takes out the waiters whose run ended, is gone, or whose time is up, with one read. */
  private List<Waiter> dueWaiters() {
    List<Waiter> waiting;
    synchronized (this) {
      waiting = new ArrayList<>(waiters);
    }
    if (waiting.isEmpty()) {
      return List.of();
    }
    Map<Long, RunState> current;
    try {
      current = runs.states(waiting.stream().map(Waiter::runId).distinct().toList());
    } catch (RuntimeException e) {
      // The database is away: the waiters keep waiting (their deadline still ends it).
      LOG.log(Level.FINE, "run end check failed", e);
      current = null;
    }
    Instant now = Instant.now();
    List<Waiter> due = new ArrayList<>();
    synchronized (this) {
      for (Waiter w : waiting) {
        RunState state = current == null ? null : current.get(w.runId());
        boolean ended = current != null && (state == null || state.finished());
        if ((ended || !now.isBefore(w.deadline())) && waiters.remove(w)) {
          due.add(w);
        }
      }
      if (waiters.isEmpty() && checks != null) {
        checks.cancel(false);
        checks = null;
      }
    }
    return due;
  }

  private void answer(Waiter w) {
    try {
      w.answer().run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not answer a wait for run " + w.runId(), e);
    }
  }

  /**
   * The server stops: every waiter is answered now with its run as it is, and new waits get plain
   * reads. Called when the server's stop stopped a job of its own: Liberty's stop waits for the
   * requests in flight, so a waiter left would hold it for its whole quiesce period (30 s), and by
   * the application's own end (also called then) that period is over and the database is gone.
   */
  @PreDestroy
  public void stop() {
    List<Waiter> left;
    synchronized (this) {
      stopping = true;
      if (checks != null) {
        checks.cancel(false);
        checks = null;
      }
      left = new ArrayList<>(waiters);
      waiters.clear();
    }
    left.forEach(this::answer);
  }
}
