package com.passerelle.run;

import com.passerelle.catalog.Params;
import com.passerelle.common.Text;
import com.passerelle.db.EncodedValues;
import com.passerelle.flow.PersonField;
import java.util.ArrayList;
import java.util.List;

/**
 * One record of a run: who it is about, what happened to it, and why. Identified by its run and its
 * line number; written by {@link LineInserts} and read by {@link LineQueries} (plain JDBC: a run
 * holds up to millions of them).
 */
public class Line {
  /** Size of the source_values column: the encoded values are fitted to it. */
  public static final int SOURCE_VALUES_LENGTH = 4000;

  static final int NAME_LENGTH = 200;
  static final int EMAIL_LENGTH = 320;

  private final long runId;

  /** Physical line in the source file where the record starts (header = 1). */
  private final int lineNumber;

  private LineStatus status;
  private String externalId;
  private String firstName;
  private String lastName;
  private String email;

  /** The record as read, for the line detail page: "column=value" pairs, encoded. */
  private String sourceValues;

  private final List<LineMessage> messages = new ArrayList<>();

  /** Its search keys, derived once from whose line it is (on the import's reading thread). */
  private LineKeys keys;

  /** Its row's values that matching cannot change, encoded ahead when the import loads data. */
  private EncodedValues fixedValues;

  public Line(long runId, int lineNumber, LineStatus status) {
    this.runId = runId;
    this.lineNumber = lineNumber;
    this.status = status;
  }

  /** Whose line it is, as read: cut to the columns (a refused line may hold anything). */
  public void setPerson(String externalId, String firstName, String lastName, String email) {
    this.externalId = Text.fit(externalId, NAME_LENGTH);
    this.firstName = Text.fit(firstName, NAME_LENGTH);
    this.lastName = Text.fit(lastName, NAME_LENGTH);
    this.email = Text.fit(email, EMAIL_LENGTH);
  }

  /** The values as read, encoded by {@link Params}; refitted if a caller did not fit them. */
  public void setSourceValues(String encoded) {
    this.sourceValues =
        encoded == null || encoded.length() <= SOURCE_VALUES_LENGTH
            ? encoded
            : Params.encode(Params.decode(encoded), SOURCE_VALUES_LENGTH);
  }

  public long getRunId() {
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

  /** The line of an evaluated record, before matching against the directory. */
  static Line of(long runId, EvaluatedLine evaluated) {
    Line line = new Line(runId, evaluated.lineNumber(), evaluated.status());
    line.setPerson(
        evaluated.value(PersonField.EXTERNAL_ID),
        evaluated.value(PersonField.FIRST_NAME),
        evaluated.value(PersonField.LAST_NAME),
        evaluated.value(PersonField.EMAIL));
    line.setSourceValues(evaluated.sourceValues());
    line.keys = line.keys();
    line.getMessages().addAll(evaluated.messages());
    return line;
  }

  /** Encodes now the values matching cannot change (see {@link LineInserts}). */
  void encodeFixedValues(EncodedValues.Encoder encoder) {
    fixedValues = encoder.encode(fixedValueArray());
  }

  EncodedValues fixedValues() {
    return fixedValues != null ? fixedValues : EncodedValues.plain(fixedValueArray());
  }

  private Object[] fixedValueArray() {
    LineKeys k = keys();
    return new Object[] {
      externalId,
      firstName,
      lastName,
      email,
      sourceValues,
      k.email(),
      k.id(),
      k.name(),
      k.reversedName()
    };
  }

  LineKeys keys() {
    return keys != null ? keys : LineKeys.of(externalId, firstName, lastName, email);
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
