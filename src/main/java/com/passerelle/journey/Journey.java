package com.passerelle.journey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An onboarding journey (seed 000): a template of steps for a new hire, with its HR and manager
 * stakeholders and start date, created by one line of one run. One per person. Written in bulk by
 * {@link JourneyBook}; read here for its page.
 */
@Entity
@Table(name = "journey")
public class Journey {
  @Id private Long id;

  @Column(name = "person_email", nullable = false, length = 320)
  private String personEmail;

  @Column(nullable = false, length = 120)
  private String template;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "manager_email", length = 320)
  private String managerEmail;

  @Column(name = "hr_email", length = 320)
  private String hrEmail;

  @Column(name = "flow_id", nullable = false)
  private long flowId;

  @Column(name = "run_id", nullable = false)
  private long runId;

  @Column(name = "line_number", nullable = false)
  private int lineNumber;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Journey() {}

  public Long getId() {
    return id;
  }

  public String getPersonEmail() {
    return personEmail;
  }

  public String getTemplate() {
    return template;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public String getManagerEmail() {
    return managerEmail;
  }

  public String getHrEmail() {
    return hrEmail;
  }

  public long getFlowId() {
    return flowId;
  }

  public long getRunId() {
    return runId;
  }

  public int getLineNumber() {
    return lineNumber;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
