package com.passerelle.run.job;

import com.passerelle.catalog.ErrorCode;
import com.passerelle.catalog.Params;
import com.passerelle.common.Incidents;
import com.passerelle.flow.Flow;
import com.passerelle.flow.FlowService;
import com.passerelle.flow.SourceType;
import com.passerelle.run.Run;
import com.passerelle.run.RunLifecycle;
import com.passerelle.run.RunRepository;
import com.passerelle.run.RunState;
import com.passerelle.source.hris.HrisException;
import com.passerelle.source.hris.HrisFetch;
import com.passerelle.source.sftp.SftpException;
import com.passerelle.source.sftp.SftpFetch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The first step of a run of a remote source: brings its data into a local file (an SFTP file, or
 * the employees of an HRIS API staged as CSV), which the next steps check and import like a dropped
 * file. Network work happens outside any transaction; each outcome commits on its own. A resumed
 * run that already has its file does not fetch again.
 */
@ApplicationScoped
public class SourceFetch {
  private static final Logger LOG = Logger.getLogger(SourceFetch.class.getName());

  @Inject RunRepository runs;
  @Inject FlowService flows;
  @Inject RunLifecycle lifecycle;
  @Inject SftpFetch sftp;
  @Inject HrisFetch hris;

  /** True when the run goes on to its checks and lines; false when it ended here. */
  public boolean fetch(long runId) {
    Run run = runs.find(runId);
    Flow flow = flows.get(run.getFlowId());
    if (!flow.isActive() || flow.getSourceType() == SourceType.FOLDER || hasItsFile(run)) {
      return true; // the drop zone's file is claimed at launch; the checks say what is wrong
    }
    if (!configured(flow)) {
      lifecycle.fail(runId, ErrorCode.EXTRACTOR_UNDEFINED, Map.of());
      return false;
    }
    try {
      return flow.getSourceType() == SourceType.SFTP
          ? fromSftp(flow, run)
          : fromHris(flow, run); // a dry run's read leaves updated_after alone (RunLifecycle)
    } catch (IOException | RuntimeException e) {
      String incident = Incidents.report(LOG, Level.SEVERE, "Fetch failed for run " + runId, e);
      boolean sftpFlow = flow.getSourceType() == SourceType.SFTP;
      ErrorCode code = sftpFlow ? ErrorCode.SFTP_EXTRACTION : ErrorCode.API_EXTRACTION;
      lifecycle.fail(
          runId,
          code,
          Params.of(
              "source", "HRIS API", "reason", "an unexpected error (incident " + incident + ")"));
      return false;
    }
  }

  private boolean fromSftp(Flow flow, Run run) throws IOException {
    long runId = run.getId();
    try {
      if (sftp.fetch(flow, runId, run.isDryRun()).isPresent()) {
        return true;
      }
      lifecycle.endedWithNothingToRead(
          runId,
          RunState.NO_FILE,
          ErrorCode.SFTP_NO_FILE,
          Params.of(
              "pattern", flow.getSftp().getFilePattern(),
              "folder", flow.getSftp().getRemoteFolder()));
    } catch (SftpException e) {
      ErrorCode code =
          e.reason() == SftpException.Reason.HOST_KEY_MISMATCH
              ? ErrorCode.SFTP_HOST_KEY_MISMATCH
              : e.isConnection() ? ErrorCode.SFTP_CONNECTION : ErrorCode.SFTP_EXTRACTION;
      lifecycle.fail(runId, code, Params.of("reason", e.getMessage()));
    }
    return false;
  }

  private boolean fromHris(Flow flow, Run run) throws IOException {
    try {
      hris.fetch(flow, run.getId());
      return true;
    } catch (HrisException e) {
      Map<String, String> params =
          Params.of(
              "source", "HRIS API",
              "reason", e.getMessage(),
              "status", String.valueOf(e.status()),
              "message", e.getMessage());
      switch (e.kind()) {
        case FIRST_SYNC_PENDING ->
            lifecycle.endedWithNothingToRead(
                run.getId(),
                RunState.WAITING_FIRST_SYNC,
                ErrorCode.HRIS_FIRST_SYNC_PENDING,
                params);
        case CREDENTIALS -> lifecycle.fail(run.getId(), ErrorCode.HRIS_CREDENTIALS, params);
        default -> lifecycle.fail(run.getId(), ErrorCode.API_EXTRACTION, params);
      }
      return false;
    }
  }

  private static boolean hasItsFile(Run run) {
    return run.getSourcePath() != null && Files.isRegularFile(Path.of(run.getSourcePath()));
  }

  private static boolean configured(Flow flow) {
    return flow.getSourceType() == SourceType.SFTP
        ? flow.getSftp().getHost() != null && flow.getSftp().getRemoteFolder() != null
        : flow.getHris().getBaseUrl() != null && flow.getHris().hasApiKey();
  }
}
