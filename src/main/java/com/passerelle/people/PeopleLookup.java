package com.passerelle.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Read-only lookups of the directory for pages that show people by id (the webhook tracking page):
 * display names, one query for a page's owners. (Finding owners by name is {@code
 * absence.AbsenceOwners}: only people with absences have messages.)
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PeopleLookup {
  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  /** Display names by id ("First Last", else the email), for the ids given (a page's owners). */
  public Map<Long, String> names(Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    em.createQuery(
            "select p.id, p.firstName, p.lastName, p.email from Person p where p.id in :ids",
            Object[].class)
        .setParameter("ids", List.copyOf(ids))
        .getResultList()
        .forEach(r -> names.put((Long) r[0], display(r)));
    return names;
  }

  private static String display(Object[] r) {
    String first = r[1] == null ? "" : (String) r[1];
    String last = r[2] == null ? "" : (String) r[2];
    String name = (first + " " + last).strip();
    return name.isEmpty() ? (String) r[3] : name + " <" + r[3] + ">";
  }
}
