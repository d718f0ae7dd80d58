package com.passerelle.people;

import com.passerelle.run.SearchKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Read-only lookups of the directory for pages that filter by person (the webhook tracking page):
 * ids of the people whose email, first name, last name or "first last" starts with a text, each a
 * range of one index (uk_person_email, ix_person_first_name, ix_person_last_name), and names by id.
 * A range rather than LIKE: no escaping, and the same bound the reports use ({@link
 * SearchKeys#upperBound}). Names compare without case on MariaDB (general_ci); H2 compares exactly,
 * so the text is also tried with a capital first letter.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PeopleLookup {
  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

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
            "select p.id from Person p where " + String.join(" or ", ors) + " order by p.id",
            Long.class);
    params.forEach(query::setParameter);
    return query.setMaxResults(max + 1).getResultList();
  }

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
