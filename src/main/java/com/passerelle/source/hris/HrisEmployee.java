package com.passerelle.source.hris;

import java.util.Arrays;
import java.util.List;

/**
 * The fields of one HRIS employee that a flow can map, as the text the API sent: the import parses
 * and checks them like the values of any CSV line, so nothing is interpreted here. Any value may be
 * null, even {@code id} and {@code remote_id} (the line then fails on its required fields).
 *
 * @param employmentType the {@code employment_type} of the employee's first employment
 */
public record HrisEmployee(
    String id,
    String remoteId,
    String employeeNumber,
    String firstName,
    String lastName,
    String displayFullName,
    String workEmail,
    String personalEmail,
    String nationality,
    String jobTitle,
    String employmentStatus,
    String startDate,
    String terminationDate,
    String managerId,
    String workLocationId,
    String legalEntityId,
    String changedAt,
    String remoteCreatedAt,
    String remoteDeletedAt,
    String employmentType) {

  /** The contract's names of the fields above, in the same order. */
  public static final List<String> FIELDS =
      List.of(
          "id",
          "remote_id",
          "employee_number",
          "first_name",
          "last_name",
          "display_full_name",
          "work_email",
          "personal_email",
          "nationality",
          "job_title",
          "employment_status",
          "start_date",
          "termination_date",
          "manager_id",
          "work_location_id",
          "legal_entity_id",
          "changed_at",
          "remote_created_at",
          "remote_deleted_at",
          "employment_type");

  /** Index of {@code employment_type}, the one field not read from the employee object itself. */
  static final int EMPLOYMENT_TYPE = FIELDS.indexOf("employment_type");

  /** An employee from values in {@link #FIELDS} order. */
  public static HrisEmployee of(String... values) {
    if (values.length != FIELDS.size()) {
      throw new IllegalArgumentException(
          "expected " + FIELDS.size() + " values, got " + values.length);
    }
    String[] v = values;
    return new HrisEmployee(
        v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13],
        v[14], v[15], v[16], v[17], v[18], v[19]);
  }

  /** The values in {@link #FIELDS} order (nulls included). */
  public List<String> values() {
    return Arrays.asList(
        id,
        remoteId,
        employeeNumber,
        firstName,
        lastName,
        displayFullName,
        workEmail,
        personalEmail,
        nationality,
        jobTitle,
        employmentStatus,
        startDate,
        terminationDate,
        managerId,
        workLocationId,
        legalEntityId,
        changedAt,
        remoteCreatedAt,
        remoteDeletedAt,
        employmentType);
  }
}
