package com.passerelle.run;

import com.passerelle.catalog.Params;
import com.passerelle.common.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One record of a run: who it is about, what happened to it, and why. */
@Entity
@Table(name = "run_line")
public class Line {
  /** Size of the source_values column: the encoded values are fitted to it. */
  public static final int SOURCE_VALUES_LENGTH = 4000;

  /** Pooled sequence so the batch writer can insert lines in JDBC batches. */
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "line_seq")
  @SequenceGenerator(name = "line_seq", sequenceName = "line_seq", allocationSize = 500)
  private Long id;

  @Column(name = "run_id", nullable = false)
  private Long runId;

  /** Physical line in the source file where the record starts (header = 1). */
  @Column(name = "line_number", nullable = false)
  private int lineNumber;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private LineStatus status;

  @Column(name = "external_id", length = 200)
  private String externalId;

  @Column(name = "first_name", length = 200)
  private String firstName;

  @Column(name = "last_name", length = 200)
  private String lastName;

  @Column(length = 320)
  private String email;

  /** The record as read, for the line detail page: "column=value" pairs, encoded. */
  @Column(name = "source_values", length = SOURCE_VALUES_LENGTH)
  private String sourceValues;

  @ElementCollection
  @CollectionTable(name = "line_message", joinColumns = @JoinColumn(name = "line_id"))
  @OrderColumn(name = "msg_order")
  @BatchSize(size = 100)
  private List<LineMessage> messages = new ArrayList<>();

  protected Line() {}

  public Line(Long runId, int lineNumber, LineStatus status) {
    this.runId = runId;
    this.lineNumber = lineNumber;
    this.status = status;
  }

  /** Whose line it is, as read: cut to the columns (a refused line may hold anything). */
  public void setPerson(String externalId, String firstName, String lastName, String email) {
    this.externalId = Text.fit(externalId, 200);
    this.firstName = Text.fit(firstName, 200);
    this.lastName = Text.fit(lastName, 200);
    this.email = Text.fit(email, 320);
  }

  /** The values as read, encoded by {@link Params}; refitted if a caller did not fit them. */
  public void setSourceValues(String encoded) {
    this.sourceValues =
        encoded == null || encoded.length() <= SOURCE_VALUES_LENGTH
            ? encoded
            : Params.encode(Params.decode(encoded), SOURCE_VALUES_LENGTH);
  }

  public Long getId() {
    return id;
  }

  public Long getRunId() {
    return runId;
  }

  public int getLineNumber() {
    return lineNumber;
  }

  public LineStatus getStatus() {
    return status;
  }

  public void setStatus(LineStatus status) {
    this.status = status;
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

  public String getEmail() {
    return email;
  }

  public String getSourceValues() {
    return sourceValues;
  }

  public List<LineMessage> getMessages() {
    return messages;
  }

  public String getDisplayName() {
    String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName));
    return name.isBlank() ? null : name.trim();
  }
}
