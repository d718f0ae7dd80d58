package com.passerelle.absence;

import com.passerelle.db.Jdbc;
import com.passerelle.db.Vendor;
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
 * index of absence_owner.
 *
 * <p>On MariaDB, names compare without case or accents (general_ci) and the range is {@code LIKE
 * 'text%'}, which the server turns into an index range in the column's collation: a bound made by
 * raising the last character ("Zoé" to "Zoê") is no bound there, as é and ê weigh the same, and
 * found nobody. H2 compares exactly: there the range is the reports' ({@link
 * SearchKeys#upperBound}), and the text is also tried with a capital first letter.
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
    Prefixes prefixes = new Prefixes(Jdbc.on(em, c -> Vendor.of(c) == Vendor.MARIADB), params);
    prefixes.add(ors, "p.email", "e", t.toLowerCase(Locale.ROOT));
    int space = t.indexOf(' ');
    // MariaDB ignores case already; H2 also tries a capital first letter.
    for (String variant : prefixes.like() ? List.of(t) : variants(t)) {
      String k = "n" + params.size();
      if (space < 0) {
        prefixes.add(ors, "p.lastName", k + "l", variant);
        prefixes.add(ors, "p.firstName", k + "f", variant);
      } else {
        String a = variant.substring(0, variant.indexOf(' '));
        String b = variant.substring(variant.indexOf(' ') + 1).strip();
        prefixes.after(ors, "p.firstName", a, "p.lastName", b, k + "a");
        prefixes.after(ors, "p.lastName", a, "p.firstName", b, k + "b");
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

  /** A column that starts with a text, as the database compares it; parameters named by key. */
  private record Prefixes(boolean like, Map<String, Object> params) {
    void add(List<String> ors, String column, String key, String prefix) {
      String condition = condition(column, key, prefix);
      if (condition != null) {
        ors.add("(" + condition + ")");
      }
    }

    /** One column equal to a word, the other starting with the rest ("Ada Lov"). */
    void after(
        List<String> ors,
        String exactColumn,
        String exact,
        String prefixColumn,
        String prefix,
        String key) {
      String condition = prefix.isEmpty() ? null : condition(prefixColumn, key, prefix);
      if (condition != null) {
        ors.add("(" + exactColumn + " = :" + key + "x and " + condition + ")");
        params.put(key + "x", exact);
      }
    }

    private String condition(String column, String key, String prefix) {
      if (like) {
        params.put(key, SearchKeys.likePattern(prefix));
        return column + " like :" + key + " escape '!'";
      }
      String upper = SearchKeys.upperBound(prefix);
      if (upper == null) {
        return null;
      }
      params.put(key, prefix);
      params.put(key + "u", upper);
      return column + " >= :" + key + " and " + column + " < :" + key + "u";
    }
  }
}
