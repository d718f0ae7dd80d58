package com.passerelle.run;

import com.passerelle.catalog.ErrorCode;
import com.passerelle.catalog.Params;
import com.passerelle.source.SourceFingerprint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One execution of a flow. Counters are bumped by the batch writer in each chunk's transaction, so
 * they always match the lines in the table, even after a crash and resume.
 */
@Entity
@Table(name = "run")
@DynamicUpdate // the job listener and the launcher update different columns of one row
public class Run {
  private static final int ERROR_PARAMS_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "flow_id", nullable = false)
  private Long flowId;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "run_trigger", nullable = false, length = 20)
  private RunTrigger trigger;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private RunState state = RunState.IN_PROGRESS;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt = Instant.now();

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "started_by", length = 100)
  private String startedBy;

  @Column(name = "source_name", length = 500)
  private String sourceName;

  @Column(name = "source_path", length = 1000)
  private String sourcePath;

  @Column(name = "job_execution_id")
  private Long jobExecutionId;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "source_origin", length = 20)
  private SourceOrigin sourceOrigin;

  /** The file as the run found it (size, modification time, SHA-256): a resume must find it so. */
  @Column(name = "source_size")
  private Long sourceSize;

  @Column(name = "source_modified")
  private Instant sourceModified;

  @Column(name = "source_sha256", length = 64)
  private String sourceSha256;

  /** What the run's lines do, fixed when it starts: editing the flow mid-run changes nothing. */
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "purpose", length = 30)
  private com.passerelle.flow.FlowPurpose purpose;

  @Column(name = "journey_template", length = 120)
  private String journeyTemplate;

  @Column(name = "resolve_stakeholders")
  private Boolean resolveStakeholders;

  @Column(name = "lease_owner", length = 100)
  private String leaseOwner;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Column(name = "source_read_at")
  private Instant sourceReadAt;

  @Column(name = "success_count", nullable = false)
  private long successCount;

  @Column(name = "partial_count", nullable = false)
  private long partialCount;

  @Column(name = "failure_count", nullable = false)
  private long failureCount;

  @Column(name = "filtered_count", nullable = false)
  private long filteredCount;

  @Column(name = "already_created_count", nullable = false)
  private long alreadyCreatedCount;

  /** A dry run reports what would happen and changes nothing: fixed when the run starts. */
  @Column(name = "dry_run", nullable = false, updatable = false)
  private boolean dryRun;

  /** The run whose Failure lines this run reads again (same file, same line numbers). */
  @Column(name = "rerun_of", updatable = false)
  private Long rerunOf;

  /** Data records of the run's file, counted by the check step (null: not known). */
  @Column(name = "source_lines")
  private Long sourceLines;

  @Column(name = "error_code", length = 40)
  private String errorCode;

  @Column(name = "error_params", length = ERROR_PARAMS_LENGTH)
  private String errorParams;

  protected Run() {}

  public Run(Long flowId, RunTrigger trigger, String startedBy) {
    this.flowId = flowId;
    this.trigger = trigger;
    this.startedBy = startedBy;
  }

  public void fail(ErrorCode code, Map<String, String> params) {
    setError(code, params);
    finish(RunState.FAILED);
  }

  public void setError(ErrorCode code, Map<String, String> params) {
    this.errorCode = code.name();
    this.errorParams = Params.encode(params, ERROR_PARAMS_LENGTH);
  }

  public void clearError() {
    this.errorCode = null;
    this.errorParams = null;
  }

  public void finish(RunState finalState) {
    this.state = finalState;
    this.endedAt = Instant.now();
  }

  /** The state a run that read all its lines ends in, from its counters. */
  public RunState stateFromCounts() {
    if (failureCount == 0) {
      return RunState.SUCCEEDED;
    }
    return successCount + partialCount + alreadyCreatedCount + filteredCount > 0
        ? RunState.PARTIALLY_FAILED
        : RunState.FAILED;
  }

  public void resumed() {
    this.state = RunState.IN_PROGRESS;
    this.endedAt = null;
    clearError();
    leasedHere(); // before its job restarts: no other server's heartbeat takes it meanwhile
  }

  /** This server leases the run (until its heartbeat renews it, see RunLeases). */
  public void leasedHere() {
    this.leaseOwner = ServerIdentity.ID;
    this.leaseUntil = Instant.now().plus(RunLeases.LEASE);
  }

  /** Whether this server may still write the run's outcome: it holds the lease, or nobody does. */
  public boolean leaseHeldHere() {
    return leaseOwner == null || leaseOwner.equals(ServerIdentity.ID);
  }

  public long getTotalCount() {
    return successCount + partialCount + failureCount + filteredCount + alreadyCreatedCount;
  }

  public long count(LineStatus status) {
    return switch (status) {
      case SUCCESS -> successCount;
      case PARTIAL_SUCCESS -> partialCount;
      case FAILURE -> failureCount;
      case FILTERED -> filteredCount;
      case ALREADY_CREATED -> alreadyCreatedCount;
    };
  }

  public Duration getDuration() {
    return Duration.between(startedAt, endedAt != null ? endedAt : Instant.now());
  }

  public long getSuccessCount() {
    return successCount;
  }

  public long getPartialCount() {
    return partialCount;
  }

  public long getFailureCount() {
    return failureCount;
  }

  public long getFilteredCount() {
    return filteredCount;
  }

  public long getAlreadyCreatedCount() {
    return alreadyCreatedCount;
  }

  public Long getId() {
    return id;
  }

  public Long getFlowId() {
    return flowId;
  }

  public RunTrigger getTrigger() {
    return trigger;
  }

  public RunState getState() {
    return state;
  }

  public void setState(RunState state) {
    this.state = state;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public String getSourceName() {
    return sourceName;
  }

  public String getSourcePath() {
    return sourcePath;
  }

  public void setSource(String name, String path) {
    this.sourceName = name;
    this.sourcePath = path;
  }

  /** Takes what the lines of this run will do from its flow, once. */
  public void fixPurpose(com.passerelle.flow.Flow flow) {
    this.purpose = flow.getPurpose();
    this.journeyTemplate = flow.templateOrDefault();
    this.resolveStakeholders = flow.isResolveStakeholders();
  }

  public com.passerelle.flow.FlowPurpose getPurpose() {
    return purpose;
  }

  public String getJourneyTemplate() {
    return journeyTemplate;
  }

  public Boolean getResolveStakeholders() {
    return resolveStakeholders;
  }

  /** The server whose job runs this run, while its lease lasts (null before any job). */
  public String getLeaseOwner() {
    return leaseOwner;
  }

  public Instant getLeaseUntil() {
    return leaseUntil;
  }

  /** When the run began reading an API source (null for files). */
  public Instant getSourceReadAt() {
    return sourceReadAt;
  }

  public void setSourceReadAt(Instant at) {
    this.sourceReadAt = at;
  }

  public SourceOrigin getSourceOrigin() {
    return sourceOrigin;
  }

  public void setSourceOrigin(SourceOrigin origin) {
    this.sourceOrigin = origin;
  }

  public SourceFingerprint getSourceFingerprint() {
    return sourceSha256 == null
        ? null
        : new SourceFingerprint(sourceSize, sourceModified, sourceSha256);
  }

  public void setSourceFingerprint(SourceFingerprint fingerprint) {
    this.sourceSize = fingerprint.size();
    this.sourceModified = fingerprint.modified();
    this.sourceSha256 = fingerprint.sha256();
  }

  public boolean isDryRun() {
    return dryRun;
  }

  public Long getRerunOf() {
    return rerunOf;
  }

  /** Set once, before the run is persisted: what kind of run this is never changes. */
  void setKind(boolean dryRun, Long rerunOf) {
    this.dryRun = dryRun;
    this.rerunOf = rerunOf;
  }

  public Long getJobExecutionId() {
    return jobExecutionId;
  }

  public void setJobExecutionId(Long jobExecutionId) {
    this.jobExecutionId = jobExecutionId;
  }

  public String getErrorCode() {
    return errorCode;
  }

  public Map<String, String> getErrorParams() {
    return Params.decode(errorParams);
  }

  /** The data records of the file (header excluded), for the progress "N of M lines"; or null. */
  public Long getSourceLines() {
    return sourceLines;
  }

  public void setSourceLines(Long sourceLines) {
    this.sourceLines = sourceLines;
  }
}
