package com.passerelle.absence;

import com.passerelle.people.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person who has absences, with the email and names the tracking page's person filter searches
 * (V25). Written by {@link AbsenceOwners#register} only, read by its queries. People are not
 * renamed yet (imports create them): a rename, when it comes, must update this row too.
 */
@Entity
@Table(name = "absence_owner")
public class AbsenceOwner {
  @Id
  @Column(name = "person_id")
  private Long personId;

  @Column(nullable = false, length = 320)
  private String email;

  @Column(name = "first_name", length = 200)
  private String firstName;

  @Column(name = "last_name", length = 200)
  private String lastName;

  protected AbsenceOwner() {}

  AbsenceOwner(Person person) {
    this.personId = person.getId();
    this.email = person.getEmail();
    this.firstName = person.getFirstName();
    this.lastName = person.getLastName();
  }
}
