package com.passerelle.run;

import com.passerelle.catalog.ErrorCode;
import com.passerelle.flow.FlowService;
import com.passerelle.source.DropZone;
import com.passerelle.source.sftp.SftpFetch;
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

  /** How long a stopped or crashed run keeps its file to resume from. */
  static final Duration RESUMABLE_FOR = Duration.ofDays(7);

  @Inject RunRepository runs;
  @Inject RunLifecycle lifecycle;
  @Inject DropZone dropZone;
  @Inject FlowService flows;
  @Inject SftpFetch sftp;

  /**
   * Puts a run's file where it belongs now: archived when the run is over and cannot resume, given
   * back to wait when the run read nothing of it (never started, flow inactive), left in place
   * while the run is in progress or can resume.
   */
  public void settle(long runId) {
    Run run = runs.find(runId);
    if (run != null) {
      settle(run);
      sweep(run.getFlowId()); // whatever else a crash or an abandoned run left behind
    }
  }

  private void settle(Run run) {
    if (!run.getState().finished() || RunLauncher.canResume(run)) {
      return;
    }
    if (run.getRerunOf() != null) {
      return; // it read the file of the run it re-ran, which stays where that run left it
    }
    if (run.isDryRun()) {
      // A dry run's file is a copy (drop zone, SFTP), a staged read or an upload made to be
      // evaluated: not kept, so it never pushes an imported file out of the archive; the remote
      // source was not touched, so nothing moves there either.
      deleteClaimed(run);
      return;
    }
    if (run.getSourceOrigin() == SourceOrigin.SFTP) {
      sftp.settle(flows.get(run.getFlowId())); // the original leaves the remote folder
    }
    boolean unread =
        run.getJobExecutionId() == null
            || ErrorCode.INTEGRATION_INACTIVE.name().equals(run.getErrorCode());
    if (!unread) {
      moveClaimed(run, path -> dropZone.archive(run.getFlowId(), path));
    } else if (run.getSourceOrigin() != SourceOrigin.DROP_ZONE) {
      deleteClaimed(run); // a refused upload or a remote copy: nobody dropped it here
    } else {
      moveClaimed(run, path -> dropZone.giveBack(run.getFlowId(), path));
    }
  }

  private void moveClaimed(Run run, java.util.function.UnaryOperator<Path> move) {
    claimedFile(run)
        .ifPresent(
            path -> {
              try {
                lifecycle.sourceMoved(run.getId(), move.apply(path));
              } catch (UncheckedIOException e) {
                LOG.log(Level.WARNING, "Could not move the file of run " + run.getId(), e);
              }
            });
  }

  private void deleteClaimed(Run run) {
    claimedFile(run)
        .ifPresent(
            path -> {
              try {
                Files.deleteIfExists(path);
              } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not delete the file of run " + run.getId(), e);
              }
            });
  }

  /** The run's file, while it is still where a run claims files (not archived, not given back). */
  private static java.util.Optional<Path> claimedFile(Run run) {
    if (run.getSourcePath() == null) {
      return java.util.Optional.empty();
    }
    Path path = Path.of(run.getSourcePath());
    return Files.isRegularFile(path) && path.getParent().endsWith(DropZone.PROCESSING)
        ? java.util.Optional.of(path)
        : java.util.Optional.empty();
  }

  /**
   * Every file in a processing folder belongs to a run that is in progress or can resume, or it is
   * settled now (archived, or given back if its run never started). A run left stopped for {@link
   * #RESUMABLE_FOR} gives its file up to the archive (resuming it then says the file changed);
   * partial uploads older than {@link #STALE_UPLOAD} are deleted. Run at start-up and whenever a
   * run of the flow ends, so the folder stays bounded without a schedule.
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
    runs.withSource(flowId, found.stream().map(p -> p.toAbsolutePath().toString()).toList())
        .forEach(r -> byPath.put(r.getSourcePath(), r));
    for (Path file : found) {
      Run run = byPath.get(file.toAbsolutePath().toString());
      if (run != null) {
        if (abandoned(run) && run.isDryRun()) {
          deleteClaimed(run);
        } else if (abandoned(run)) {
          moveClaimed(run, path -> dropZone.archive(flowId, path));
        } else {
          settle(run);
        }
      } else if (file.getFileName().toString().endsWith(".part")) {
        deleteIfStale(file);
      } else {
        dropZone.giveBack(flowId, file); // claimed by a run that was never committed
      }
    }
  }

  private static boolean abandoned(Run run) {
    return RunLauncher.canResume(run)
        && run.getEndedAt() != null
        && run.getEndedAt().isBefore(Instant.now().minus(RESUMABLE_FOR));
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
