package com.passerelle.absence;

import com.passerelle.people.Person;
import com.passerelle.run.SearchKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The people who have absences (V25), for the webhook tracking page's person filter: ids of the
 * owners whose email, first name, last name or "first last" starts with a text, each a range of one
 * index of absence_owner. A range rather than LIKE: no escaping, and the same bound the reports use
 * ({@link SearchKeys#upperBound}). Names compare without case on MariaDB (general_ci); H2 compares
 * exactly, so the text is also tried with a capital first letter.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AbsenceOwners {
  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  /**
   * Records a person as an owner of absences, in the caller's transaction (the absence's): once,
   * however many absences they have or create at the same moment. The person's row is locked first,
   * so two first absences of one person at once register them once: the second waits, then finds
   * the first's row (read committed) instead of failing on the key.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void register(long personId) {
    Person person = em.find(Person.class, personId, LockModeType.PESSIMISTIC_WRITE);
    if (person != null && em.find(AbsenceOwner.class, personId) == null) {
      em.persist(new AbsenceOwner(person));
    }
  }

  /** Up to {@code max} + 1 ids (one more says "too many"), in id order. */
  public List<Long> idsByPrefix(String text, int max) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      return List.of();
    }
    Map<String, Object> params = new LinkedHashMap<>();
    List<String> ors = new ArrayList<>();
    range(ors, params, "p.email", "e", t.toLowerCase(Locale.ROOT));
    int space = t.indexOf(' ');
    for (String variant : variants(t)) {
      String k = "n" + params.size();
      if (space < 0) {
        range(ors, params, "p.lastName", k + "l", variant);
        range(ors, params, "p.firstName", k + "f", variant);
      } else {
        String a = variant.substring(0, variant.indexOf(' '));
        String b = variant.substring(variant.indexOf(' ') + 1).strip();
        both(ors, params, "p.firstName", a, "p.lastName", b, k + "a");
        both(ors, params, "p.lastName", a, "p.firstName", b, k + "b");
      }
    }
    if (ors.isEmpty()) {
      return List.of();
    }
    var query =
        em.createQuery(
            "select p.personId from AbsenceOwner p where "
                + String.join(" or ", ors)
                + " order by p.personId",
            Long.class);
    params.forEach(query::setParameter);
    return query.setMaxResults(max + 1).getResultList();
  }

  private static List<String> variants(String t) {
    StringBuilder capital = new StringBuilder(t.length());
    boolean start = true;
    for (char c : t.toCharArray()) {
      capital.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ';
    }
    return capital.toString().equals(t) ? List.of(t) : List.of(t, capital.toString());
  }

  private static void range(
      List<String> ors, Map<String, Object> params, String column, String key, String prefix) {
    String upper = SearchKeys.upperBound(prefix);
    if (upper == null) {
      return;
    }
    ors.add("(" + column + " >= :" + key + " and " + column + " < :" + key + "u)");
    params.put(key, prefix);
    params.put(key + "u", upper);
  }

  private static void both(
      List<String> ors,
      Map<String, Object> params,
      String exactColumn,
      String exact,
      String prefixColumn,
      String prefix,
      String key) {
    String upper = prefix.isEmpty() ? null : SearchKeys.upperBound(prefix);
    if (upper == null) {
      return;
    }
    ors.add(
        "("
            + exactColumn
            + " = :"
            + key
            + "x and "
            + prefixColumn
            + " >= :"
            + key
            + " and "
            + prefixColumn
            + " < :"
            + key
            + "u)");
    params.put(key + "x", exact);
    params.put(key, prefix);
    params.put(key + "u", upper);
  }
}
