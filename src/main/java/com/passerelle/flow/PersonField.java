package com.passerelle.flow;

import java.util.Optional;

/** The person attributes a flow can fill; a flow maps source columns onto them. */
public enum PersonField {
  EXTERNAL_ID("external_id", Kind.TEXT),
  FIRST_NAME("first_name", Kind.TEXT),
  LAST_NAME("last_name", Kind.TEXT),
  EMAIL("email", Kind.EMAIL),
  START_DATE("start_date", Kind.DATE),
  JOB_TITLE("job_title", Kind.TEXT),
  DEPARTMENT("department", Kind.TEXT),
  MANAGER_EMAIL("manager_email", Kind.EMAIL);

  /** How a value is validated. */
  public enum Kind {
    TEXT,
    EMAIL,
    DATE
  }

  private final String key;
  private final Kind kind;

  PersonField(String key, Kind kind) {
    this.key = key;
    this.kind = kind;
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
