package com.passerelle.people;

import com.passerelle.db.IdBlocks;
import com.passerelle.db.Jdbc;
import com.passerelle.db.MultiRowInsert;
import com.passerelle.lock.DatabaseLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The directory of people. This slice matches on email only; remote id and domain-change matching
 * come with the HRIS issue. Callers run inside a transaction (the batch chunk's).
 *
 * <p>Creating people takes the directory lock first: two imports (two flows, two servers) that
 * bring the same new person cannot both find the email free; the second finds the first's profile
 * and records "Already created" instead of failing its chunk on the unique key.
 *
 * <p>An import creates a chunk's people set-based ({@link #createMissing}), on the persistence
 * context's connection.
 */
@ApplicationScoped
@Transactional
public class PeopleDirectory {
  private static final MultiRowInsert INSERT =
      new MultiRowInsert(
          "person",
          "id",
          "email",
          "external_id",
          "first_name",
          "last_name",
          "start_date",
          "job_title",
          "department",
          "created_by_run",
          "created_at");

  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  @Inject DatabaseLocks locks;

  /**
   * Creates the people whose email has no profile yet and says which emails had one (the caller
   * records those lines as "Already created"). One email per person, normalized by {@link Emails}.
   * Under the directory lock, held until the transaction ends, so the answer stays true.
   *
   * <p>Set-based either way: where the database can insert while skipping taken keys (MariaDB's
   * LOCAL load), everyone is inserted at once and only a shortfall is looked up (a file of new
   * people costs no lookup); elsewhere the emails are looked up first and the others inserted.
   */
  public Set<String> createMissing(List<Person> people) {
    if (people.isEmpty()) {
      return Set.of();
    }
    locks.hold(DatabaseLocks.PEOPLE_DIRECTORY);
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    return Jdbc.on(
        em,
        c -> {
          long[] ids = IdBlocks.draw(c, "person_seq", people.size());
          List<Object[]> rows = rows(people, ids, now);
          int inserted = INSERT.insertSkippingTakenKeys(c, rows);
          if (inserted == people.size()) {
            return Set.of();
          }
          if (inserted >= 0) {
            return takenBefore(c, people, ids);
          }
          Set<String> existing = existing(c, emails(people));
          List<Object[]> free = new ArrayList<>(rows.size());
          for (int i = 0; i < people.size(); i++) {
            if (!existing.contains(people.get(i).getEmail())) {
              free.add(rows.get(i));
            }
          }
          INSERT.insert(c, free);
          return existing;
        });
  }

  private static List<Object[]> rows(List<Person> people, long[] ids, LocalDateTime now) {
    List<Object[]> rows = new ArrayList<>(people.size());
    for (int i = 0; i < people.size(); i++) {
      Person p = people.get(i);
      rows.add(
          new Object[] {
            ids[i],
            p.getEmail(),
            p.getExternalId(),
            p.getFirstName(),
            p.getLastName(),
            p.getStartDate(),
            p.getJobTitle(),
            p.getDepartment(),
            p.getCreatedByRun(),
            now
          });
    }
    return rows;
  }

  /** The emails whose profile is not the one just inserted for them: they existed before. */
  private static Set<String> takenBefore(Connection c, List<Person> people, long[] ids)
      throws SQLException {
    Map<String, Long> ours = new HashMap<>();
    for (int i = 0; i < people.size(); i++) {
      ours.put(people.get(i).getEmail(), ids[i]);
    }
    Set<String> taken = new HashSet<>();
    query(
        c,
        "select email, id from person where email in (" + Jdbc.placeholders(ours.size()) + ")",
        ours.keySet(),
        rs -> {
          if (rs.getLong(2) != ours.get(rs.getString(1))) {
            taken.add(rs.getString(1));
          }
        });
    return taken;
  }

  private static Set<String> existing(Connection c, Collection<String> emails) throws SQLException {
    Set<String> found = new HashSet<>();
    query(
        c,
        "select email from person where email in (" + Jdbc.placeholders(emails.size()) + ")",
        emails,
        rs -> found.add(rs.getString(1)));
    return found;
  }

  private interface RowAction {
    void accept(ResultSet rs) throws SQLException;
  }

  private static void query(Connection c, String sql, Collection<String> values, RowAction action)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Jdbc.bindAll(ps, 1, values);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          action.accept(rs);
        }
      }
    }
  }

  private static List<String> emails(List<Person> people) {
    List<String> emails = new ArrayList<>(people.size());
    people.forEach(p -> emails.add(p.getEmail()));
    return emails;
  }

  /**
   * Read-only: which of these emails have a profile (a dry run says "Already created" without
   * creating anyone, so it takes no lock). Batches of 1000, each an indexed lookup.
   */
  public Set<String> existing(Collection<String> emails) {
    Set<String> found = new HashSet<>();
    List<String> all = new ArrayList<>(emails);
    for (int from = 0; from < all.size(); from += 1000) {
      found.addAll(
          em.createQuery("select p.email from Person p where p.email in :emails", String.class)
              .setParameter("emails", all.subList(from, Math.min(all.size(), from + 1000)))
              .getResultList());
    }
    return found;
  }

  /** The start dates of the people among these emails (a person without one maps to null). */
  public Map<String, Optional<LocalDate>> startDates(Set<String> emails) {
    Map<String, Optional<LocalDate>> found = new HashMap<>();
    List<String> all = new ArrayList<>(emails);
    for (int from = 0; from < all.size(); from += 1000) {
      List<String> batch = all.subList(from, Math.min(all.size(), from + 1000));
      em.createQuery(
              "select p.email, p.startDate from Person p where p.email in :emails", Object[].class)
          .setParameter("emails", batch)
          .getResultList()
          .forEach(r -> found.put((String) r[0], java.util.Optional.ofNullable((LocalDate) r[1])));
    }
    return found;
  }

  /** The profile of an email (normalized as {@link Emails} does), by the unique email index. */
  public Optional<Person> find(String email) {
    String normalized = Emails.normalize(email);
    if (normalized == null || normalized.isEmpty()) {
      return Optional.empty();
    }
    return em.createQuery("select p from Person p where p.email = :email", Person.class)
        .setParameter("email", normalized)
        .getResultStream()
        .findFirst();
  }

  public void add(Person person) {
    locks.hold(DatabaseLocks.PEOPLE_DIRECTORY);
    em.persist(person);
  }

  public long count() {
    return em.createQuery("select count(p) from Person p", Long.class).getSingleResult();
  }
}
