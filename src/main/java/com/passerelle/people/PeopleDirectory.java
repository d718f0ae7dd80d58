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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
 *
 * <p>An import checks and creates a chunk's people set-based (one query, one batched insert), on
 * the persistence context's connection.
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
   * Which of these (normalized) emails already have a profile: one query per chunk. Takes the
   * directory lock, held until the transaction ends, so the answer stays true while the caller
   * creates the others.
   */
  public Set<String> existingEmails(Collection<String> emails) {
    if (emails.isEmpty()) {
      return Set.of();
    }
    locks.hold(DatabaseLocks.PEOPLE_DIRECTORY);
    String sql =
        "select email from person where email in (" + Jdbc.placeholders(emails.size()) + ")";
    return Jdbc.on(
        em,
        c -> {
          Set<String> found = new HashSet<>();
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.bindAll(ps, 1, emails);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                found.add(rs.getString(1));
              }
            }
          }
          return found;
        });
  }

  /** Creates these people (checked free by {@link #existingEmails}) in one batched insert. */
  public void addAll(List<Person> people) {
    if (people.isEmpty()) {
      return;
    }
    locks.hold(DatabaseLocks.PEOPLE_DIRECTORY);
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    Jdbc.on(
        em,
        c -> {
          long[] ids = IdBlocks.draw(c, "person_seq", people.size());
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
          INSERT.insert(c, rows);
          return null;
        });
  }

  public void add(Person person) {
    locks.hold(DatabaseLocks.PEOPLE_DIRECTORY);
    em.persist(person);
  }

  public long count() {
    return em.createQuery("select count(p) from Person p", Long.class).getSingleResult();
  }
}
