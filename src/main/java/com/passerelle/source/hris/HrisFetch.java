package com.passerelle.source.hris;

import com.passerelle.flow.Flow;
import com.passerelle.flow.FlowSecrets;
import com.passerelle.run.RunLifecycle;
import com.passerelle.source.DropZone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Reads a flow's employees from its HRIS API into the run's staged CSV file (seed 004): a full read
 * the first time, then what changed since the last successful read began. The staged file appears
 * whole or not at all; the run then imports it line by line like any file, so a crash resumes the
 * import without calling the API again.
 */
@ApplicationScoped
public class HrisFetch {
  private static final Logger LOG = Logger.getLogger(HrisFetch.class.getName());

  /** One client for all flows: its connections are kept alive between pages. */
  private final HrisClient client = new HrisClient();

  @Inject FlowSecrets secrets;
  @Inject DropZone dropZone;
  @Inject RunLifecycle lifecycle;

  public void fetch(Flow flow, long runId) throws HrisException, IOException {
    HrisSettings settings =
        HrisSettings.of(
            flow.getHris().getBaseUrl(),
            secrets.hrisApiKey(flow),
            flow.getHris().getIntegrationId());
    Instant startedAt = Instant.now();
    Path target = dropZone.claimTarget(flow.getId(), "hris-employees-run-" + runId + ".csv");
    Path part = target.resolveSibling(target.getFileName() + ".part");
    Files.createDirectories(part.getParent());
    ReadResult result;
    try (HrisStagingFile staged = new HrisStagingFile(part)) {
      result = client.read(settings, flow.getHris().getUpdatedAfter(), new DateOnly(staged));
    } catch (HrisException | IOException | RuntimeException e) {
      Files.deleteIfExists(part);
      throw e;
    }
    dropZone.move(part, target);
    lifecycle.apiSourceRead(runId, target, startedAt);
    LOG.info("Run " + runId + " read " + result + " from " + settings.host());
  }

  /**
   * Dates of the API are ISO-8601, with or without a time ("2024-03-01T00:00:00.000Z"); a person's
   * start date is the day, as the flow's date format expects it.
   */
  private record DateOnly(EmployeeSink next) implements EmployeeSink {
    @Override
    public void accept(HrisEmployee e) throws IOException {
      next.accept(
          new HrisEmployee(
              e.id(),
              e.remoteId(),
              e.employeeNumber(),
              e.firstName(),
              e.lastName(),
              e.displayFullName(),
              e.workEmail(),
              e.personalEmail(),
              e.nationality(),
              e.jobTitle(),
              e.employmentStatus(),
              day(e.startDate()),
              day(e.terminationDate()),
              e.managerId(),
              e.workLocationId(),
              e.legalEntityId(),
              e.changedAt(),
              e.remoteCreatedAt(),
              e.remoteDeletedAt(),
              e.employmentType()));
    }

    private static String day(String iso) {
      return iso != null && iso.length() > 10 && iso.charAt(10) == 'T' ? iso.substring(0, 10) : iso;
    }
  }
}
