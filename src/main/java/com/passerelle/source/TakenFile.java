package com.passerelle.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A remote file a flow took (downloaded for a run, or skipped as a copy of one already imported).
 * Remembered for good: a file with the same name, size and time is never downloaded again, the same
 * content never imported again.
 */
@Entity
@Table(name = "source_file")
public class TakenFile {
  /** What became of the file. */
  public enum Outcome {
    /** Its run reads it (or will resume). */
    IMPORTING,
    /** The same bytes as a file imported before: not imported again. */
    DUPLICATE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "flow_id", nullable = false)
  private long flowId;

  @Column(nullable = false, length = 255)
  private String name;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(name = "modified_at", nullable = false)
  private Instant modifiedAt;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(name = "run_id")
  private Long runId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Outcome outcome;

  @Column(name = "seen_at", nullable = false)
  private Instant seenAt = Instant.now();

  @Column(name = "moved_to", length = 800)
  private String movedTo;

  protected TakenFile() {}

  public TakenFile(
      long flowId, String name, long size, Instant modifiedAt, String sha256, Long runId) {
    this.flowId = flowId;
    this.name = name;
    this.size = size;
    this.modifiedAt = modifiedAt;
    this.sha256 = sha256;
    this.runId = runId;
    this.outcome = runId == null ? Outcome.DUPLICATE : Outcome.IMPORTING;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public long getSize() {
    return size;
  }

  public Instant getModifiedAt() {
    return modifiedAt;
  }

  public Long getRunId() {
    return runId;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getMovedTo() {
    return movedTo;
  }

  public void movedTo(String path) {
    this.movedTo = path;
  }
}
