package com.passerelle.run;

import com.passerelle.db.Jdbc;
import com.passerelle.flow.FlowPurpose;
import com.passerelle.journey.JourneyBook;
import com.passerelle.people.PeopleDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a dry run's writer reads instead of writing: who exists (the directory, the journeys), plus
 * whom the earlier chunks of this very run would have created (its own Success lines: a real run
 * has created them by then). Read-only, no lock: nothing is created, so nothing can collide.
 */
@ApplicationScoped
public class DryRunLookups {
  private static final int BATCH = 1000;

  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  @Inject PeopleDirectory people;
  @Inject JourneyBook journeys;

  /** The emails a real run would find existing: the caller says "Already created" for them. */
  Set<String> known(long runId, FlowPurpose purpose, Collection<String> emails) {
    Set<String> known =
        new HashSet<>(
            purpose == FlowPurpose.JOURNEY_CREATION
                ? journeys.existing(emails)
                : people.existing(emails));
    known.addAll(createdEarlier(runId, emails));
    return known;
  }

  /**
   * The stakeholders a real run would find: the directory's, and the people of earlier chunks.
   * Their start date is not stored on the line, so those count as arrived (the one difference from
   * a real run: a manager of an earlier chunk who has not arrived yet is not reported).
   */
  Map<String, Optional<LocalDate>> stakeholders(long runId, Set<String> emails) {
    Map<String, Optional<LocalDate>> found = new HashMap<>(people.startDates(emails));
    createdEarlier(runId, emails).forEach(e -> found.putIfAbsent(e, Optional.empty()));
    return found;
  }

  /**
   * The emails whose person an earlier line of the run would have created: its Success and Partial
   * success lines, found through the email search key index, then compared byte for byte.
   */
  private Set<String> createdEarlier(long runId, Collection<String> emails) {
    Set<String> wanted = new HashSet<>(emails);
    Map<String, List<String>> byKey = new HashMap<>();
    for (String email : wanted) {
      byKey.computeIfAbsent(SearchKeys.of(email), k -> new ArrayList<>()).add(email);
    }
    List<String> keys = new ArrayList<>(byKey.keySet());
    Set<String> found = new HashSet<>();
    for (int from = 0; from < keys.size(); from += BATCH) {
      List<String> batch = keys.subList(from, Math.min(keys.size(), from + BATCH));
      Jdbc.on(
          em,
          c -> {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "select email from run_line where run_id = ? and email_key in ("
                        + Jdbc.placeholders(batch.size())
                        + ") and status in (?, ?)")) {
              ps.setLong(1, runId);
              Jdbc.bindAll(ps, 2, batch);
              ps.setString(batch.size() + 2, LineStatus.SUCCESS.name());
              ps.setString(batch.size() + 3, LineStatus.PARTIAL_SUCCESS.name());
              try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  if (wanted.contains(rs.getString(1))) {
                    found.add(rs.getString(1));
                  }
                }
              }
            }
            return null;
          });
    }
    return found;
  }
}
