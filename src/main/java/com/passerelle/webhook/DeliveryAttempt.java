package com.passerelle.webhook;

import com.passerelle.db.IdBlocks;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One attempt to deliver a message: when, how long, the HTTP status and the first 4 KB of the
 * answer, or our error code and its detail. Numbered per message (unique), so a retried write after
 * a crash cannot record one attempt twice.
 */
@Entity
@Table(name = "webhook_attempt")
public class DeliveryAttempt {
  public static final int EXCERPT = 4096;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_attempt_seq")
  @SequenceGenerator(
      name = "webhook_attempt_seq",
      sequenceName = "webhook_attempt_seq",
      allocationSize = IdBlocks.BLOCK)
  private Long id;

  @Column(name = "message_id", nullable = false)
  private long messageId;

  @Column(name = "attempt_number", nullable = false)
  private int attemptNumber;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "duration_ms", nullable = false)
  private long durationMs;

  @Column(name = "http_status")
  private Integer httpStatus;

  @Column(name = "error_code", length = 40)
  private String errorCode;

  @Column(name = "error_detail", length = 1000)
  private String errorDetail;

  @Column(name = "response_excerpt", length = EXCERPT)
  private String responseExcerpt;

  @Column(name = "claimed_by", length = 200)
  private String claimedBy;

  protected DeliveryAttempt() {}

  public DeliveryAttempt(
      long messageId,
      int attemptNumber,
      Instant startedAt,
      long durationMs,
      Integer httpStatus,
      String errorCode,
      String errorDetail,
      String responseExcerpt,
      String claimedBy) {
    this.messageId = messageId;
    this.attemptNumber = attemptNumber;
    this.startedAt = startedAt;
    this.durationMs = durationMs;
    this.httpStatus = httpStatus;
    this.errorCode = errorCode;
    this.errorDetail = errorDetail;
    this.responseExcerpt = responseExcerpt;
    this.claimedBy = claimedBy;
  }

  public Long getId() {
    return id;
  }

  public long getMessageId() {
    return messageId;
  }

  public int getAttemptNumber() {
    return attemptNumber;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public long getDurationMs() {
    return durationMs;
  }

  public Integer getHttpStatus() {
    return httpStatus;
  }

  public String getErrorCode() {
    return errorCode;
  }

  public String getErrorDetail() {
    return errorDetail;
  }

  public String getResponseExcerpt() {
    return responseExcerpt;
  }

  public String getClaimedBy() {
    return claimedBy;
  }
}
