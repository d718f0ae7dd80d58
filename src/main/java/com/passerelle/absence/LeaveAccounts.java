package com.passerelle.absence;

import com.passerelle.common.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Leave accounts: listed for the absence form and the API, created by admins (API). */
@ApplicationScoped
@Transactional
public class LeaveAccounts {
  /** Accounts listed at most: a company has tens, not thousands. */
  public static final int LIST_MAX = 500;

  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  public List<LeaveAccount> list() {
    return em.createQuery("select a from LeaveAccount a order by a.name, a.id", LeaveAccount.class)
        .setMaxResults(LIST_MAX)
        .getResultList();
  }

  public LeaveAccount find(long id) {
    return em.find(LeaveAccount.class, id);
  }

  public LeaveAccount get(long id) {
    LeaveAccount account = find(id);
    if (account == null) {
      throw new NotFoundException("Leave account", id);
    }
    return account;
  }

  /** Accounts by id, for a page of absences (one query). */
  public Map<Long, LeaveAccount> byIds(Collection<Long> ids) {
    Map<Long, LeaveAccount> found = new HashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery("select a from LeaveAccount a where a.id in :ids", LeaveAccount.class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(a -> found.put(a.getId(), a));
    }
    return found;
  }

  public long count() {
    return em.createQuery("select count(a) from LeaveAccount a", Long.class).getSingleResult();
  }

  /** Creates an account, or says every problem by field (400). */
  public LeaveAccount create(String name, Long categoryId, String categoryName, String unit) {
    Map<String, String> problems = new LinkedHashMap<>();
    String cleanName = name == null ? "" : name.strip();
    if (cleanName.isEmpty()) {
      problems.put("name", "name is required (e.g. Annual leave 2026)");
    } else if (cleanName.length() > 200) {
      problems.put("name", "name is longer than 200 characters");
    } else if (hasControl(cleanName)) {
      problems.put("name", "name has control characters (tabs, line breaks...)");
    }
    String cleanCategory =
        categoryName == null || categoryName.isBlank() ? null : categoryName.strip();
    if (cleanCategory != null && cleanCategory.length() > 200) {
      problems.put("categoryName", "categoryName is longer than 200 characters");
    } else if (cleanCategory != null && hasControl(cleanCategory)) {
      problems.put("categoryName", "categoryName has control characters (tabs, line breaks...)");
    }
    if (categoryId != null && categoryId < 0) {
      problems.put("categoryId", "categoryId must be a positive number");
    }
    LeaveUnit parsed = null;
    try {
      parsed = LeaveUnit.valueOf(unit == null ? "" : unit.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.put("unit", "unit is DAYS or HOURS");
    }
    if (!problems.isEmpty()) {
      throw new InvalidAbsenceException(problems);
    }
    LeaveAccount account = new LeaveAccount(cleanName, categoryId, cleanCategory, parsed);
    em.persist(account);
    em.flush(); // the identity id, for the answer
    return account;
  }

  private static boolean hasControl(String text) {
    return text.codePoints().anyMatch(Character::isISOControl);
  }
}
