package com.passerelle.metrics;

import com.passerelle.run.LineStatus;
import com.passerelle.run.Run;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Prometheus metrics of imports (/metrics, application scope): runs started, runs finished by
 * state, their duration, and lines by status. Counted in the process, so each server reports its
 * own runs (Prometheus sums them); dry runs count too, as they load the server like any run. The
 * lines counter moves once per chunk by the chunk's counts, never once per line.
 */
@ApplicationScoped
public class RunMetrics {
  static final String STARTED = "passerelle.runs.started";
  static final String FINISHED = "passerelle.runs.finished";
  static final String DURATION = "passerelle.runs.duration";
  static final String LINES = "passerelle.lines";

  @Inject MetricRegistry registry;
  @Inject AfterCommit afterCommit;

  /** A run was created, or a stopped one resumed ({@code resumed}). */
  public void started(boolean resumed) {
    afterCommit.run(() -> count(resumed));
  }

  private void count(boolean resumed) {
    registry
        .counter(
            Metadata.builder()
                .withName(STARTED)
                .withDescription("Runs started (new runs and resumes), by kind")
                .build(),
            new Tag("kind", resumed ? "resume" : "new"))
        .inc();
  }

  /** A run reached a final state (or was stopped: INTERRUPTED); its duration since it started. */
  public void finished(Run run) {
    String state = run.getState().name().toLowerCase(Locale.ROOT);
    Instant start = run.getStartedAt();
    Instant end = run.getEndedAt() != null ? run.getEndedAt() : Instant.now();
    afterCommit.run(() -> ended(state, start, end));
  }

  private void ended(String state, Instant start, Instant end) {
    registry
        .counter(
            Metadata.builder()
                .withName(FINISHED)
                .withDescription("Runs that ended, by final state (interrupted when stopped)")
                .build(),
            new Tag("state", state))
        .inc();
    if (start != null && !end.isBefore(start)) {
      registry
          .timer(
              Metadata.builder()
                  .withName(DURATION)
                  .withDescription("Time from a run's start to its end")
                  .withUnit(MetricUnits.SECONDS)
                  .build())
          .update(Duration.between(start, end));
    }
  }

  /** The written chunk's lines, by status: one increment per status per chunk. */
  public void lines(Map<LineStatus, Long> counts) {
    afterCommit.run(() -> countLines(counts));
  }

  private void countLines(Map<LineStatus, Long> counts) {
    counts.forEach(
        (status, n) -> {
          if (n > 0) {
            registry
                .counter(
                    Metadata.builder()
                        .withName(LINES)
                        .withDescription("Lines written by runs, by status")
                        .build(),
                    new Tag("status", status.name().toLowerCase(Locale.ROOT)))
                .inc(n);
          }
        });
  }
}
