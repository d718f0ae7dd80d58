package com.passerelle.people;

import com.passerelle.lock.DatabaseLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 *
 * <p>Creating people takes the directory lock first: two imports (two flows, two servers) that
 * bring the same new person cannot both find the email free; the second finds the first's profile
 * and records "Already created" instead of failing its chunk on the unique key.
 */
@ApplicationScoped
@Transactional
public class PeopleDirectory {
  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  @Inject DatabaseLocks locks;

  /**
   * Which of these (normalized) emails already have a profile: one query per chunk. Takes the
   * directory lock, held until the transaction ends, so the answer stays true while the caller
   * creates the others.
   */
  public Set<String> existingEmails(Collection<String> emails) {
    if (emails.isEmpty()) {
      return Set.of();
    }
    locks.hold(DatabaseLocks.PEOPLE_DIRECTORY);
    List<String> found =
        em.createQuery("select p.email from Person p where p.email in :emails", String.class)
            .setParameter("emails", emails)
            .getResultList();
    return new HashSet<>(found);
  }

  public void add(Person person) {
    locks.hold(DatabaseLocks.PEOPLE_DIRECTORY);
    em.persist(person);
  }

  public long count() {
    return em.createQuery("select count(p) from Person p", Long.class).getSingleResult();
  }
}
