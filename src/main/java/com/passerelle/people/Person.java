package com.passerelle.people;

import com.passerelle.common.Text;
import com.passerelle.db.IdBlocks;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A profile in the directory. One email = one profile (seed 000): email is unique. */
@Entity
@Table(name = "person")
public class Person {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
  @SequenceGenerator(
      name = "person_seq",
      sequenceName = "person_seq",
      allocationSize = IdBlocks.BLOCK)
  private Long id;

  /** Normalized by {@link Emails#normalize}; compared byte for byte by the database. */
  @Column(nullable = false, unique = true, length = 320)
  private String email;

  @Column(name = "external_id", length = 200)
  private String externalId;

  @Column(name = "first_name", length = 200)
  private String firstName;

  @Column(name = "last_name", length = 200)
  private String lastName;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "job_title", length = 200)
  private String jobTitle;

  @Column(length = 200)
  private String department;

  @Column(name = "created_by_run")
  private Long createdByRun;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.now();

  protected Person() {}

  public Person(String email, Long createdByRun) {
    this.email = email;
    this.createdByRun = createdByRun;
  }

  // Values are checked against the field sizes before they get here (LineEvaluator); the fit is
  // the last guard, so a missed check costs a cut value, never a failed chunk.
  public void setNames(String externalId, String firstName, String lastName) {
    this.externalId = Text.fit(externalId, 200);
    this.firstName = Text.fit(firstName, 200);
    this.lastName = Text.fit(lastName, 200);
  }

  public void setJob(LocalDate startDate, String jobTitle, String department) {
    this.startDate = startDate;
    this.jobTitle = Text.fit(jobTitle, 200);
    this.department = Text.fit(department, 200);
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getExternalId() {
    return externalId;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public String getJobTitle() {
    return jobTitle;
  }

  public String getDepartment() {
    return department;
  }

  public Long getCreatedByRun() {
    return createdByRun;
  }
}
