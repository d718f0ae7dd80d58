package com.passerelle.absence;

import com.passerelle.people.Person;

/** An absence with its owner and account, as lists and the detail show it. */
public record AbsenceRow(Absence absence, Person owner, LeaveAccount account) {
  /** "First Last" (or the email when the directory has no name). */
  public String ownerName() {
    if (owner == null) {
      return "#" + absence.getOwnerId();
    }
    String first = owner.getFirstName() == null ? "" : owner.getFirstName().strip();
    String last = owner.getLastName() == null ? "" : owner.getLastName().strip();
    String name = (first + " " + last).strip();
    return name.isEmpty() ? owner.getEmail() : name;
  }

  /** "HH:MM" of an hour-counted absence, or null. */
  public String duration() {
    Integer m = absence.getDurationMinutes();
    return m == null ? null : String.format("%02d:%02d", m / 60, m % 60);
  }

  public String statusLabel() {
    return AbsenceConflictException.label(absence.getStatus());
  }
}
