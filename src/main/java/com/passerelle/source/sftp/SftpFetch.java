package com.passerelle.source.sftp;

import com.passerelle.flow.Flow;
import com.passerelle.flow.FlowSecrets;
import com.passerelle.flow.SftpAccess;
import com.passerelle.run.RunState;
import com.passerelle.source.DropZone;
import com.passerelle.source.TakenFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes the next new file of an SFTP flow for a run: the oldest matching file not taken before,
 * downloaded into the flow's processing folder and given to the run in one commit. Before that, the
 * files of runs that ended move to the archive or failed folder, so a move that failed once (or a
 * crash) is made up for at the next run.
 */
@ApplicationScoped
public class SftpFetch {
  private static final Logger LOG = Logger.getLogger(SftpFetch.class.getName());
  private static final int CONNECT_TIMEOUT_MILLIS = 15_000;

  @Inject FlowSecrets secrets;
  @Inject TakenFiles taken;
  @Inject DropZone dropZone;

  /** The file the run now owns, or empty when the folder has nothing new. */
  public Optional<String> fetch(Flow flow, long runId) throws SftpException, IOException {
    return fetch(flow, runId, false);
  }

  /**
   * As {@link #fetch(Flow, long)}; a dry run downloads the file a real run would take, but records
   * nothing as taken and moves nothing on the server: the next real run takes the same file.
   */
  public Optional<String> fetch(Flow flow, long runId, boolean dryRun)
      throws SftpException, IOException {
    try (SftpConnection sftp = SftpConnection.open(settings(flow))) {
      if (!dryRun) {
        settle(flow.getId(), sftp);
      }
      for (RemoteFile file : sftp.list()) {
        if (taken.seen(flow.getId(), file.name(), file.size(), file.modifiedAt())) {
          continue; // taken before (its run may still be reading it): never twice
        }
        Path target = dropZone.claimTarget(flow.getId(), file.name());
        Path part = target.resolveSibling(target.getFileName() + ".part");
        Files.createDirectories(part.getParent());
        String sha = sftp.download(file, part);
        if (taken.contentSeen(flow.getId(), sha)) {
          Files.deleteIfExists(part);
          if (dryRun) {
            continue; // a real run would skip it too (and set it aside)
          }
          taken.duplicate(flow.getId(), file.name(), file.size(), file.modifiedAt(), sha);
          moveQuietly(sftp, file.name(), flow.getSftp().getArchiveFolder());
          continue;
        }
        dropZone.move(part, target);
        if (dryRun) {
          taken.lend(runId, file.name(), target);
          return Optional.of(file.name());
        }
        taken.take(runId, file.name(), file.size(), file.modifiedAt(), sha, target);
        return Optional.of(file.name());
      }
      return Optional.empty();
    }
  }

  /** After a run ended: its file leaves the remote folder (best effort; the next run retries). */
  public void settle(Flow flow) {
    try (SftpConnection sftp = SftpConnection.open(settings(flow))) {
      settle(flow.getId(), sftp);
    } catch (SftpException | RuntimeException e) {
      LOG.log(Level.WARNING, "Remote files of flow " + flow.getId() + " not moved yet: " + e);
    }
  }

  private void settle(long flowId, SftpConnection sftp) {
    for (TakenFiles.Unsettled u : taken.unsettled(flowId)) {
      if (u.runState() == RunState.IN_PROGRESS || u.resumable()) {
        continue; // its run may still read it: it stays until the run is over
      }
      String folder =
          u.runState() == RunState.FAILED
              ? sftp.settings().failedFolder()
              : sftp.settings().archiveFolder();
      String movedTo = moveQuietly(sftp, u.file().getName(), folder);
      if (movedTo != null) {
        taken.moved(u.file().getId(), movedTo);
      }
    }
  }

  private static String moveQuietly(SftpConnection sftp, String name, String folder) {
    try {
      return sftp.moveTo(name, folder);
    } catch (SftpException e) {
      if (e.reason() == SftpException.Reason.FILE_VANISHED) {
        return "(removed from the server)";
      }
      LOG.log(Level.WARNING, "Could not move " + name + " to " + folder + ": " + e.getMessage());
      return null;
    }
  }

  private SftpSettings settings(Flow flow) {
    SftpAccess a = flow.getSftp();
    return new SftpSettings(
        a.getHost(),
        a.getPort(),
        a.getUser(),
        secrets.sftpPassword(flow),
        secrets.sftpPrivateKey(flow),
        null,
        a.getHostKey(),
        a.getRemoteFolder(),
        a.getFilePattern(),
        a.getArchiveFolder(),
        a.getFailedFolder(),
        CONNECT_TIMEOUT_MILLIS);
  }
}
