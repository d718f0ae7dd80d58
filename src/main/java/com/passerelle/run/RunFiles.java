package com.passerelle.run;

import com.passerelle.catalog.ErrorCode;
import com.passerelle.source.DropZone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Where a run's file goes when the run is over: to the archive once the run cannot resume, back to
 * the waiting files when the run never started. File moves are not transactional, so a start-up
 * sweep settles files a crash left between two places.
 */
@ApplicationScoped
public class RunFiles {
  private static final Logger LOG = Logger.getLogger(RunFiles.class.getName());
  private static final Duration STALE_UPLOAD = Duration.ofHours(1);

  @Inject RunRepository runs;
  @Inject RunLifecycle lifecycle;
  @Inject DropZone dropZone;

  /**
   * Puts a run's file where it belongs now: archived when the run is over and cannot resume, given
   * back to wait when the run read nothing of it (never started, flow inactive), left in place
   * while the run is in progress or can resume.
   */
  public void settle(long runId) {
    Run run = runs.find(runId);
    if (run == null || !run.getState().finished() || RunLauncher.canResume(run)) {
      return;
    }
    boolean unread =
        run.getJobExecutionId() == null
            || ErrorCode.INTEGRATION_INACTIVE.name().equals(run.getErrorCode());
    moveClaimed(
        run,
        path ->
            unread
                ? dropZone.giveBack(run.getFlowId(), path)
                : dropZone.archive(run.getFlowId(), path));
  }

  private void moveClaimed(Run run, java.util.function.UnaryOperator<Path> move) {
    if (run.getSourcePath() == null) {
      return;
    }
    Path path = Path.of(run.getSourcePath());
    if (!Files.isRegularFile(path) || !path.getParent().endsWith(DropZone.PROCESSING)) {
      return;
    }
    try {
      lifecycle.sourceMoved(run.getId(), move.apply(path));
    } catch (UncheckedIOException e) {
      LOG.log(Level.WARNING, "Could not move the file of run " + run.getId(), e);
    }
  }

  /**
   * At start-up: every file in a processing folder belongs to a run that is in progress or can
   * resume, or it is settled now (archived, or given back if its run never started); leftover
   * partial uploads are deleted.
   */
  public void sweep(long flowId) {
    Path processing = dropZone.processingOf(flowId);
    if (!Files.isDirectory(processing)) {
      return;
    }
    List<Path> found;
    try (Stream<Path> list = Files.list(processing)) {
      found = list.toList(); // listed before the runs are read: a file seen has its run committed
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot list " + processing, e);
      return;
    }
    Map<String, Run> byPath = new HashMap<>();
    runs.withSourceIn(flowId, processing.toAbsolutePath().toString())
        .forEach(r -> byPath.put(r.getSourcePath(), r));
    for (Path file : found) {
      Run run = byPath.get(file.toAbsolutePath().toString());
      if (run != null) {
        if (run.getState().finished()) {
          settle(run.getId());
        }
      } else if (file.getFileName().toString().endsWith(".part")) {
        deleteIfStale(file);
      } else {
        dropZone.giveBack(flowId, file); // claimed by a run that was never committed
      }
    }
  }

  private static void deleteIfStale(Path part) {
    try {
      Instant modified = Files.getLastModifiedTime(part).toInstant();
      if (modified.isBefore(Instant.now().minus(STALE_UPLOAD))) {
        Files.deleteIfExists(part);
      }
    } catch (IOException e) {
      LOG.log(Level.FINE, "Partial upload already gone: " + part, e);
    }
  }
}
