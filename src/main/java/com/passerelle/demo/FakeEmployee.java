package com.passerelle.demo;

import java.time.Instant;

/**
 * One person of the fake HRIS: the values the unified API returns for them, apart from {@code
 * changed_at}, which {@link FakeHris} keeps (it changes when a person is touched).
 */
record FakeEmployee(
    int index,
    String id,
    String remoteId,
    String employeeNumber,
    String firstName,
    String lastName,
    String workEmail,
    String personalEmail,
    String nationality,
    String gender,
    String dateOfBirth,
    String jobTitle,
    String employmentStatus,
    String employmentType,
    String startDate,
    String terminationDate,
    String managerId,
    String workLocationId,
    String legalEntityId,
    String costCenter,
    double payRate,
    Instant remoteCreatedAt,
    Instant remoteDeletedAt) {

  String displayFullName() {
    return firstName + " " + lastName;
  }

  boolean deleted() {
    return remoteDeletedAt != null;
  }
}
