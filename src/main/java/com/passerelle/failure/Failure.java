package com.passerelle.failure;

import com.passerelle.catalog.IntegrationType;
import com.passerelle.db.IdBlocks;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One failure of a run, a line or a webhook call, with its integration type and one normalized
 * code, so the monitoring dashboard counts by type, code and day without parsing text.
 */
@Entity
@Table(name = "failure")
public class Failure {
  /** What failed. */
  public enum Scope {
    RUN,
    LINE,
    WEBHOOK_CALL
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "failure_seq")
  @SequenceGenerator(
      name = "failure_seq",
      sequenceName = "failure_seq",
      allocationSize = IdBlocks.BLOCK)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  /** UTC day of occurredAt, stored so per-day counts use an index, not a function. */
  @Column(name = "occurred_day", nullable = false)
  private LocalDate occurredDay;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "integration_type", nullable = false, length = 30)
  private IntegrationType integrationType;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private Scope scope;

  /** An HTTP status ("401", "503") or one of our ErrorCode names. */
  @Column(name = "error_code", nullable = false, length = 40)
  private String errorCode;

  @Column(name = "flow_id")
  private Long flowId;

  @Column(name = "run_id")
  private Long runId;

  @Column(name = "line_number")
  private Integer lineNumber;

  /** For outbound webhook calls: the endpoint called and the message (V20). */
  @Column(name = "endpoint_id")
  private Long endpointId;

  @Column(name = "message_id")
  private Long messageId;

  protected Failure() {}

  public Failure(
      IntegrationType type,
      Scope scope,
      String errorCode,
      Long flowId,
      Long runId,
      Integer lineNumber) {
    this.occurredAt = Instant.now();
    this.occurredDay = LocalDate.ofInstant(occurredAt, ZoneOffset.UTC);
    this.integrationType = type;
    this.scope = scope;
    this.errorCode = errorCode;
    this.flowId = flowId;
    this.runId = runId;
    this.lineNumber = lineNumber;
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public LocalDate getOccurredDay() {
    return occurredDay;
  }

  public IntegrationType getIntegrationType() {
    return integrationType;
  }

  public Scope getScope() {
    return scope;
  }

  public String getErrorCode() {
    return errorCode;
  }

  public Long getFlowId() {
    return flowId;
  }

  public Long getRunId() {
    return runId;
  }

  public Integer getLineNumber() {
    return lineNumber;
  }

  public Long getEndpointId() {
    return endpointId;
  }

  public Long getMessageId() {
    return messageId;
  }
}
