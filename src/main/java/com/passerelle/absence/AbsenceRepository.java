package com.passerelle.absence;

import com.passerelle.people.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reading absences: one by id, or a page of them newest first, keyset-paged on the id (older than
 * the last id shown), so page 1000 costs what page 1 does. An owner or a status filter reads a
 * range of its index in id order (V21); a period filter (absences overlapping it) is checked on the
 * rows read newest first. Owners and accounts of a page come in one query each.
 */
@ApplicationScoped
@Transactional
public class AbsenceRepository {
  public static final int PAGE_SIZE = 50;
  public static final int MAX_PAGE_SIZE = 500;

  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  @Inject LeaveAccounts accounts;

  /** A page of absences, and the cursor of the next (older) page, null at the end. */
  public record Page(List<AbsenceRow> rows, Long next, int size) {}

  public Absence find(long id) {
    return em.find(Absence.class, id);
  }

  public AbsenceRow row(Absence absence) {
    return new AbsenceRow(
        absence,
        em.find(Person.class, absence.getOwnerId()),
        accounts.find(absence.getAccountId()));
  }

  public Page page(AbsenceFilter filter, Long before, int size) {
    int safe = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
    StringBuilder jpql = new StringBuilder("select a from Absence a where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (filter.ownerId() != null) {
      jpql.append(" and a.ownerId = :owner");
      params.put("owner", filter.ownerId());
    }
    if (filter.status() != null) {
      jpql.append(" and a.status = :status");
      params.put("status", filter.status());
    }
    if (filter.from() != null) {
      jpql.append(" and a.endDate >= :from");
      params.put("from", filter.from());
    }
    if (filter.to() != null) {
      jpql.append(" and a.startDate <= :to");
      params.put("to", filter.to());
    }
    if (before != null) {
      jpql.append(" and a.id < :before");
      params.put("before", before);
    }
    jpql.append(" order by a.id desc");
    TypedQuery<Absence> query = em.createQuery(jpql.toString(), Absence.class);
    params.forEach(query::setParameter);
    List<Absence> found = new ArrayList<>(query.setMaxResults(safe + 1).getResultList());
    Long next = null;
    if (found.size() > safe) {
      found.remove(safe);
      next = found.get(safe - 1).getId();
    }
    return new Page(rows(found), next, safe);
  }

  private List<AbsenceRow> rows(List<Absence> absences) {
    Set<Long> ownerIds = absences.stream().map(Absence::getOwnerId).collect(Collectors.toSet());
    Set<Long> accountIds = absences.stream().map(Absence::getAccountId).collect(Collectors.toSet());
    Map<Long, Person> owners = people(ownerIds);
    Map<Long, LeaveAccount> byId = accounts.byIds(accountIds);
    return absences.stream()
        .map(a -> new AbsenceRow(a, owners.get(a.getOwnerId()), byId.get(a.getAccountId())))
        .toList();
  }

  private Map<Long, Person> people(Collection<Long> ids) {
    Map<Long, Person> found = new HashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery("select p from Person p where p.id in :ids", Person.class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(p -> found.put(p.getId(), p));
    }
    return found;
  }

  /** Whether a person of the directory has this id. */
  public boolean personExists(long id) {
    return em.find(Person.class, id) != null;
  }

  /** Suggestions for the form's owner field: the first people of the directory (by id, cheap). */
  public List<Person> somePeople(int max) {
    return em.createQuery("select p from Person p order by p.id", Person.class)
        .setMaxResults(max)
        .getResultList();
  }
}
