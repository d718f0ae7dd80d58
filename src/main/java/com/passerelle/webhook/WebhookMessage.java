package com.passerelle.webhook;

import com.passerelle.absence.AbsenceChanged;
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

/**
 * One call to make: an event of one leave (half-day) for one endpoint, with its payload fixed when
 * the absence changed. The outbox row itself: written in the absence's transaction, claimed by a
 * worker (claimed_by / claimed_until: a lease another server takes over when it expires), retried
 * along the cascade, settled as delivered, failed or processed. Messages of one leave and endpoint
 * go in id order: a later one waits while an earlier one is not settled.
 */
@Entity
@Table(name = "webhook_message")
public class WebhookMessage {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_message_seq")
  @SequenceGenerator(
      name = "webhook_message_seq",
      sequenceName = "webhook_message_seq",
      allocationSize = IdBlocks.BLOCK)
  private Long id;

  @Column(name = "endpoint_id", nullable = false)
  private long endpointId;

  @Column(name = "absence_id", nullable = false)
  private long absenceId;

  /** {@code {absenceId}-{yyyyMMdd}-{AM|PM}}, the payload's id. */
  @Column(name = "leave_id", nullable = false, length = 60)
  private String leaveId;

  @Column(name = "leave_date", nullable = false)
  private LocalDate leaveDate;

  @Column(name = "owner_id", nullable = false)
  private long ownerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AbsenceChanged.Event event;

  @Column(nullable = false, length = 4000)
  private String payload;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private MessageStatus status = MessageStatus.PENDING;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Column(name = "last_http_status")
  private Integer lastHttpStatus;

  @Column(name = "last_error_code", length = 40)
  private String lastErrorCode;

  @Column(name = "claimed_by", length = 200)
  private String claimedBy;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  @Column(name = "processed_by", length = 100)
  private String processedBy;

  @Column(name = "processed_at")
  private Instant processedAt;

  @Column(name = "processed_note", length = 1000)
  private String processedNote;

  protected WebhookMessage() {}

  public WebhookMessage(
      long endpointId,
      long absenceId,
      String leaveId,
      LocalDate leaveDate,
      long ownerId,
      AbsenceChanged.Event event,
      String payload,
      Instant now) {
    this.endpointId = endpointId;
    this.absenceId = absenceId;
    this.leaveId = leaveId;
    this.leaveDate = leaveDate;
    this.ownerId = ownerId;
    this.event = event;
    this.payload = payload;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getEndpointId() {
    return endpointId;
  }

  public long getAbsenceId() {
    return absenceId;
  }

  public String getLeaveId() {
    return leaveId;
  }

  public LocalDate getLeaveDate() {
    return leaveDate;
  }

  public long getOwnerId() {
    return ownerId;
  }

  public AbsenceChanged.Event getEvent() {
    return event;
  }

  public String getPayload() {
    return payload;
  }

  public MessageStatus getStatus() {
    return status;
  }

  public void setStatus(MessageStatus status) {
    this.status = status;
  }

  public int getAttempts() {
    return attempts;
  }

  public void setAttempts(int attempts) {
    this.attempts = attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public void setNextAttemptAt(Instant nextAttemptAt) {
    this.nextAttemptAt = nextAttemptAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getDeliveredAt() {
    return deliveredAt;
  }

  public void setDeliveredAt(Instant deliveredAt) {
    this.deliveredAt = deliveredAt;
  }

  public Integer getLastHttpStatus() {
    return lastHttpStatus;
  }

  public String getLastErrorCode() {
    return lastErrorCode;
  }

  public void setLastOutcome(Integer httpStatus, String errorCode) {
    this.lastHttpStatus = httpStatus;
    this.lastErrorCode = errorCode;
  }

  public String getClaimedBy() {
    return claimedBy;
  }

  public Instant getClaimedUntil() {
    return claimedUntil;
  }

  public void setClaim(String by, Instant until) {
    this.claimedBy = by;
    this.claimedUntil = until;
  }

  public String getProcessedBy() {
    return processedBy;
  }

  public Instant getProcessedAt() {
    return processedAt;
  }

  public String getProcessedNote() {
    return processedNote;
  }

  /** Marked as processed by an admin: it no longer counts as an error. */
  public void markProcessed(String by, Instant when, String note) {
    this.status = MessageStatus.PROCESSED;
    this.processedBy = by;
    this.processedAt = when;
    this.processedNote = note;
  }
}
