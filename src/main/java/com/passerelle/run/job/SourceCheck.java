package com.passerelle.run.job;

import com.passerelle.catalog.ErrorCode;
import com.passerelle.catalog.Params;
import com.passerelle.common.Incidents;
import com.passerelle.config.AppConfig;
import com.passerelle.flow.Flow;
import com.passerelle.flow.FlowRules;
import com.passerelle.run.Run;
import com.passerelle.run.RunLifecycle;
import com.passerelle.source.DropZone;
import com.passerelle.source.SourceFingerprint;
import com.passerelle.source.csv.CsvRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The run-level checks of seed 000, before any line is read: flow active, a source configured, a
 * file there, not empty, a UTF-8 header holding every required column. A failed check ends the run
 * with its catalog error; nothing is half-written.
 */
@ApplicationScoped
@Transactional
public class SourceCheck {
  private static final Logger LOG = Logger.getLogger(SourceCheck.class.getName());

  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  @Inject RunLifecycle lifecycle;
  @Inject DropZone dropZone;
  @Inject AppConfig config;

  /**
   * Returns empty when the run may read its lines, else the error that ended it. The file's
   * fingerprint is kept first, so a resume can tell whether it is still the same file.
   */
  public Optional<ErrorCode> check(long runId) {
    Run run = em.find(Run.class, runId);
    Flow flow = em.find(Flow.class, run.getFlowId());
    Rejection rejection = fingerprint(run);
    if (rejection == null) {
      rejection = rerunOfAnotherFile(run);
    }
    if (rejection == null) {
      rejection = rejection(run, flow);
    }
    if (rejection == null) {
      if (run.getRerunOf() != null) {
        // a re-run reads only the old run's Failure lines: those are its total
        run.setSourceLines(em.find(Run.class, run.getRerunOf()).getFailureCount());
      } else {
        countLines(run, flow);
      }
      return Optional.empty();
    }
    lifecycle.fail(runId, rejection.code(), rejection.params());
    return Optional.of(rejection.code());
  }

  /** False when the run was stopped before its job began. */
  public boolean stillInProgress(long runId) {
    return !em.find(Run.class, runId).getState().finished();
  }

  /**
   * Counts the file's data lines once, for the Activity page's "N of M lines" (a second read of the
   * file, like the fingerprint's). A file that cannot be counted only loses its total.
   */
  private static void countLines(Run run, Flow flow) {
    try {
      run.setSourceLines(
          RecordCount.dataLines(Path.of(run.getSourcePath()), FlowRules.of(flow).format()));
    } catch (IOException e) {
      Incidents.report(LOG, Level.WARNING, "Cannot count the lines of run " + run.getId(), e);
      run.setSourceLines(null);
    }
  }

  private record Rejection(ErrorCode code, Map<String, String> params) {}

  private Rejection fingerprint(Run run) {
    if (run.getSourcePath() == null || !Files.isRegularFile(Path.of(run.getSourcePath()))) {
      return null; // no file: the checks below say why
    }
    try {
      run.setSourceFingerprint(SourceFingerprint.of(Path.of(run.getSourcePath())));
      return null;
    } catch (IOException e) {
      return unreadable(run, e);
    }
  }

  /**
   * A re-run reads its line numbers in the file of the run it re-runs: the very same bytes, or the
   * numbers mean other lines. (Archiving changes a file's time, so the content decides.)
   */
  private Rejection rerunOfAnotherFile(Run run) {
    if (run.getRerunOf() == null || run.getSourceFingerprint() == null) {
      return null;
    }
    SourceFingerprint before = em.find(Run.class, run.getRerunOf()).getSourceFingerprint();
    if (before == null || before.sha256().equals(run.getSourceFingerprint().sha256())) {
      return null;
    }
    return new Rejection(ErrorCode.RERUN_FILE_CHANGED, Params.of("file", run.getSourceName()));
  }

  /** What is wrong with the file, in words for the page; the details go to the log. */
  private static Rejection unreadable(Run run, IOException e) {
    String incident =
        Incidents.report(LOG, Level.SEVERE, "Cannot read the file of run " + run.getId(), e);
    String reason =
        e instanceof AccessDeniedException
            ? "permission denied"
            : e instanceof NoSuchFileException
                ? "the file disappeared"
                : "read error, incident " + incident;
    return new Rejection(
        ErrorCode.FILE_UNREADABLE, Params.of("file", run.getSourceName(), "reason", reason));
  }

  private Rejection rejection(Run run, Flow flow) {
    if (!flow.isActive()) {
      return new Rejection(ErrorCode.INTEGRATION_INACTIVE, Map.of());
    }
    if (run.getSourcePath() == null || !Files.isRegularFile(Path.of(run.getSourcePath()))) {
      return noFile(flow.getId());
    }
    FlowRules rules = FlowRules.of(flow);
    Map<String, String> file = Params.of("file", run.getSourceName());
    CsvRecord header;
    try {
      header = ImportFile.readHeader(Path.of(run.getSourcePath()), rules.format());
    } catch (IOException e) {
      return unreadable(run, e);
    }
    if (header == null) {
      return new Rejection(ErrorCode.FILE_EMPTY, file);
    }
    if (!header.ok()) {
      return new Rejection(ErrorCode.HEADER_ENCODING, file);
    }
    return missingColumns(rules, header.fields());
  }

  /** No file for the run: none waiting, or one still being written (too fresh to take). */
  private Rejection noFile(long flowId) {
    List<Path> waiting = dropZone.waiting(flowId);
    if (waiting.isEmpty()) {
      return new Rejection(ErrorCode.SOURCE_FILE_NOT_FOUND, Map.of());
    }
    return new Rejection(
        ErrorCode.FILE_NOT_READY,
        Params.of(
            "file",
            waiting.get(0).getFileName().toString(),
            "seconds",
            String.valueOf(config.dropZoneQuietSeconds())));
  }

  private static Rejection missingColumns(FlowRules rules, List<String> header) {
    return HeaderCheck.of(rules, header).map(p -> new Rejection(p.code(), p.params())).orElse(null);
  }
}
