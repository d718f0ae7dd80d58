package com.passerelle.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The directory of people. This slice matches on email only; remote id and domain-change matching
 * come with the HRIS issue. Callers run inside a transaction (the batch chunk's).
 */
@ApplicationScoped
@Transactional
public class PeopleDirectory {
  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  /** Which of these (normalized) emails already have a profile: one query per chunk. */
  public Set<String> existingEmails(Collection<String> emails) {
    if (emails.isEmpty()) {
      return Set.of();
    }
    List<String> found =
        em.createQuery("select p.email from Person p where p.email in :emails", String.class)
            .setParameter("emails", emails)
            .getResultList();
    return new HashSet<>(found);
  }

  public void add(Person person) {
    em.persist(person);
  }

  public long count() {
    return em.createQuery("select count(p) from Person p", Long.class).getSingleResult();
  }
}
