package com.passerelle.journey;

import com.passerelle.db.IdBlocks;
import com.passerelle.db.Jdbc;
import com.passerelle.db.MultiRowInsert;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Creates a chunk's journeys in one statement, in the chunk's transaction: the unique key on the
 * person decides, so a person who already has a journey (from any run, or racing in from another
 * run) gets none and the caller says "Already created".
 */
@ApplicationScoped
public class JourneyBook {
  private static final MultiRowInsert INSERT =
      new MultiRowInsert(
          "journey",
          "id",
          "person_email",
          "template",
          "start_date",
          "manager_email",
          "hr_email",
          "flow_id",
          "run_id",
          "line_number",
          "created_at");

  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  /** One new journey: for a person, from a line. */
  public record NewJourney(
      String personEmail,
      String template,
      LocalDate startDate,
      String managerEmail,
      String hrEmail,
      long flowId,
      long runId,
      int lineNumber) {}

  /** Creates the journeys of people who have none; returns the emails that already had one. */
  public Set<String> createMissing(List<NewJourney> journeys) {
    if (journeys.isEmpty()) {
      return Set.of();
    }
    return Jdbc.on(
        em,
        c -> {
          Set<String> existing = existing(c, journeys);
          List<NewJourney> fresh = new ArrayList<>();
          journeys.forEach(
              j -> {
                if (!existing.contains(j.personEmail())) {
                  fresh.add(j);
                }
              });
          long[] ids = IdBlocks.draw(c, "journey_seq", Math.max(1, fresh.size()));
          LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
          List<Object[]> rows = new ArrayList<>(fresh.size());
          for (int i = 0; i < fresh.size(); i++) {
            NewJourney j = fresh.get(i);
            rows.add(
                new Object[] {
                  ids[i],
                  j.personEmail(),
                  j.template(),
                  j.startDate(),
                  j.managerEmail(),
                  j.hrEmail(),
                  j.flowId(),
                  j.runId(),
                  j.lineNumber(),
                  now
                });
          }
          INSERT.insert(c, rows);
          return existing;
        });
  }

  /** Read-only: which of these people already have a journey (a dry run creates none). */
  public Set<String> existing(Collection<String> emails) {
    if (emails.isEmpty()) {
      return Set.of();
    }
    List<String> all = new ArrayList<>(emails);
    Set<String> found = new HashSet<>();
    for (int from = 0; from < all.size(); from += 1000) {
      found.addAll(
          em.createQuery(
                  "select j.personEmail from Journey j where j.personEmail in :emails",
                  String.class)
              .setParameter("emails", all.subList(from, Math.min(all.size(), from + 1000)))
              .getResultList());
    }
    return found;
  }

  private static Set<String> existing(Connection c, List<NewJourney> journeys) throws SQLException {
    List<String> emails = journeys.stream().map(NewJourney::personEmail).toList();
    Set<String> found = new HashSet<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "select person_email from journey where person_email in ("
                + Jdbc.placeholders(emails.size())
                + ")")) {
      Jdbc.bindAll(ps, 1, emails);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(rs.getString(1));
        }
      }
    }
    return found;
  }
}
