package com.passerelle.absence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An absence request of a person of the directory, from a start half-day to an end half-day
 * (starting in the afternoon, ending in the morning). Hour-counted accounts carry a duration. Its
 * status changes only through {@code AbsenceService}, which fires {@link AbsenceChanged}.
 */
@Entity
@Table(name = "absence")
public class Absence {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "owner_id", nullable = false)
  private long ownerId;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "starts_afternoon", nullable = false)
  private boolean startsAfternoon;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @Column(name = "ends_morning", nullable = false)
  private boolean endsMorning;

  /** For hour-counted accounts: the whole absence's duration in minutes. */
  @Column(name = "duration_minutes")
  private Integer durationMinutes;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AbsenceStatus status = AbsenceStatus.PENDING_APPROVAL;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.now();

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "deleted_at")
  private Instant deletedAt;

  @Column(name = "created_by", length = 100)
  private String createdBy;

  @Version private long version;

  protected Absence() {}

  public Absence(
      long ownerId,
      long accountId,
      LocalDate startDate,
      boolean startsAfternoon,
      LocalDate endDate,
      boolean endsMorning,
      Integer durationMinutes,
      String createdBy) {
    this.ownerId = ownerId;
    this.accountId = accountId;
    this.startDate = startDate;
    this.startsAfternoon = startsAfternoon;
    this.endDate = endDate;
    this.endsMorning = endsMorning;
    this.durationMinutes = durationMinutes;
    this.createdBy = createdBy;
  }

  public void approve(Instant when) {
    status = AbsenceStatus.APPROVED;
    confirmedAt = when;
  }

  public void cancel(Instant when) {
    status = AbsenceStatus.CANCELLED;
    cancelledAt = when;
  }

  public void delete(Instant when) {
    status = AbsenceStatus.DELETED;
    deletedAt = when;
  }

  public Long getId() {
    return id;
  }

  public long getOwnerId() {
    return ownerId;
  }

  public long getAccountId() {
    return accountId;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public boolean isStartsAfternoon() {
    return startsAfternoon;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public boolean isEndsMorning() {
    return endsMorning;
  }

  public Integer getDurationMinutes() {
    return durationMinutes;
  }

  public AbsenceStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public Instant getCancelledAt() {
    return cancelledAt;
  }

  public Instant getDeletedAt() {
    return deletedAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public long getVersion() {
    return version;
  }
}
