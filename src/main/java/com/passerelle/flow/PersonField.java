package com.passerelle.flow;

import com.passerelle.people.Emails;
import java.util.Optional;

/** The person attributes a flow can fill; a flow maps source columns onto them. */
public enum PersonField {
  EXTERNAL_ID("external_id", Kind.TEXT, 200),
  FIRST_NAME("first_name", Kind.TEXT, 200),
  LAST_NAME("last_name", Kind.TEXT, 200),
  EMAIL("email", Kind.EMAIL, Emails.MAX_LENGTH),
  START_DATE("start_date", Kind.DATE, 40),
  JOB_TITLE("job_title", Kind.TEXT, 200),
  DEPARTMENT("department", Kind.TEXT, 200),
  MANAGER_EMAIL("manager_email", Kind.EMAIL, Emails.MAX_LENGTH),
  HR_EMAIL("hr_email", Kind.EMAIL, Emails.MAX_LENGTH),
  // Attributes read for rules only (value lists, filters, template rules), not kept on the person.
  CONTRACT_TYPE("contract_type", Kind.TEXT, 200),
  NATIONALITY("nationality", Kind.TEXT, 200);

  /** How a value is validated. */
  public enum Kind {
    TEXT,
    EMAIL,
    DATE
  }

  private final String key;
  private final Kind kind;
  private final int maxLength;

  PersonField(String key, Kind kind, int maxLength) {
    this.key = key;
    this.kind = kind;
    this.maxLength = maxLength;
  }

  /** The longest value the directory stores for this field (its column size, UTF-16 units). */
  public int maxLength() {
    return maxLength;
  }

  public String key() {
    return key;
  }

  public Kind kind() {
    return kind;
  }

  public static Optional<PersonField> byKey(String key) {
    for (PersonField f : values()) {
      if (f.key.equalsIgnoreCase(key)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
