package com.passerelle.flow;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One value of a field's list of allowed values (a row each: lists of thousands stay cheap). */
@Embeddable
public class AllowedValue {
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "field", nullable = false, length = 40)
  private PersonField field;

  @Column(name = "allowed", nullable = false, length = 200)
  private String value;

  protected AllowedValue() {}

  public AllowedValue(PersonField field, String value) {
    this.field = field;
    this.value = value;
  }

  public PersonField field() {
    return field;
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AllowedValue a && a.field == field && a.value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, value);
  }
}
