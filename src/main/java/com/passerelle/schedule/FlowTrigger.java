package com.passerelle.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One firing of a flow's schedule (or of its webhook), and what it did: shown on the flow page. */
@Entity
@Table(name = "flow_trigger")
public class FlowTrigger {
  /** What fired. */
  public enum Source {
    SCHEDULE,
    WEBHOOK
  }

  /** What the firing did. */
  public enum Outcome {
    STARTED,
    /** A run of the flow was in progress: one run per flow at a time, nothing queued. */
    SKIPPED,
    /** The run could not start (e.g. the flow was deleted); the detail says why. */
    FAILED,
    /** Nothing to read (e.g. a webhook of a failed HRIS sync); the detail says why. */
    IGNORED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "flow_id", nullable = false)
  private long flowId;

  @Column(name = "fired_at", nullable = false)
  private Instant firedAt = Instant.now();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Source source;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Outcome outcome;

  @Column(name = "run_id")
  private Long runId;

  @Column(length = 500)
  private String detail;

  protected FlowTrigger() {}

  public FlowTrigger(long flowId, Source source, Outcome outcome, Long runId, String detail) {
    this.flowId = flowId;
    this.source = source;
    this.outcome = outcome;
    this.runId = runId;
    this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
  }

  public Long getId() {
    return id;
  }

  public long getFlowId() {
    return flowId;
  }

  public Instant getFiredAt() {
    return firedAt;
  }

  public Source getSource() {
    return source;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public Long getRunId() {
    return runId;
  }

  public String getDetail() {
    return detail;
  }
}
