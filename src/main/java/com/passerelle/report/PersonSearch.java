package com.passerelle.report;

import com.passerelle.catalog.ExplainedMessage;
import com.passerelle.catalog.MessageCatalog;
import com.passerelle.common.InvalidRequestException;
import com.passerelle.flow.Flow;
import com.passerelle.journey.Journey;
import com.passerelle.journey.Journeys;
import com.passerelle.people.Emails;
import com.passerelle.people.PeopleDirectory;
import com.passerelle.people.Person;
import com.passerelle.run.Line;
import com.passerelle.run.LineFilter;
import com.passerelle.run.RunRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The FAQ's "I cannot find an employee who should have appeared", in one search: the lines whose
 * email, id or name starts with the text, in every run of every flow of the period. Each run is
 * probed with the run report's own indexed search (per-run indexes on the line table; a global
 * index would slow every import), newest run first, at most {@value #MAX_RUNS} runs and {@value
 * #MAX_LINES} lines. When the run cap is reached the answer never says "not in any read": it says
 * which runs were searched and gives the cursor of the older ones ({@code before}, a run id: all
 * runs may have started on one day, so a shorter period could not reach them).
 */
@ApplicationScoped
public class PersonSearch {
  public static final int MAX_RUNS = 1000;
  public static final int MAX_LINES = 100;
  private static final int MAX_PROFILES = 5;

  /** The catalog entry of the FAQ's answer when nothing matches. */
  public static final String NOT_FOUND = "PERSON_NOT_IN_ANY_READ";

  @Inject RunRepository runs;
  @Inject PeopleDirectory people;
  @Inject Journeys journeys;

  /** A line found, with its run; a dry run's line created nothing, whatever its status. */
  public record Found(
      long runId,
      Long flowId,
      String flowName,
      Instant startedAt,
      boolean dryRun,
      Line line,
      ExplainedMessage m) {
    /** What the line did not do, for a dry run's line; null for a real run's. */
    public String dryRunNote() {
      return dryRun ? DRY_RUN_NOTE : null;
    }
  }

  public static final String DRY_RUN_NOTE = "dry run: nothing created";

  /** A person's profile in the directory and, when one was created, their journey. */
  public record Profile(Person person, Journey journey) {}

  /**
   * What the search found. {@code before}: the cursor it continued from (null: from the newest
   * run). {@code runsCapped}: it stopped after {@code maxRuns} runs, the oldest probed being {@code
   * oldestRunId} started at {@code oldestStartedAt}; {@code olderThan} then continues with the
   * older runs. {@code notFound} is the FAQ's answer, only when every run of the period was
   * searched and nothing matched.
   */
  public record Outcome(
      String query,
      ReportPeriod period,
      Long before,
      int maxRuns,
      List<Found> lines,
      boolean moreLines,
      int runsProbed,
      boolean runsCapped,
      Long newestRunId,
      Long oldestRunId,
      Instant oldestStartedAt,
      Long olderThan,
      List<Profile> profiles,
      ExplainedMessage notFound) {}

  public Outcome search(String query, ReportPeriod period, Map<Long, Flow> flows) {
    return search(query, period, flows, null, MAX_RUNS);
  }

  /**
   * The search from the run before {@code beforeRunId} (null: the newest), probing at most {@code
   * maxRuns} runs (1 to {@value #MAX_RUNS}; lower only to page through runs sooner).
   */
  public Outcome search(
      String query, ReportPeriod period, Map<Long, Flow> flows, Long beforeRunId, int maxRuns) {
    LineFilter filter = LineFilter.of(null, query);
    if (!filter.searches()) {
      throw new InvalidRequestException("Type a name, an email or an id to search for (q=...).");
    }
    if (maxRuns < 1 || maxRuns > MAX_RUNS) {
      throw new InvalidRequestException("maxRuns must be between 1 and " + MAX_RUNS);
    }
    List<Object[]> probed =
        runs.withLinesStartedBetween(period.start(), period.end(), beforeRunId, maxRuns + 1);
    boolean runsCapped = probed.size() > maxRuns;
    if (runsCapped) {
      probed = probed.subList(0, maxRuns);
    }
    Map<Long, Object[]> runById = new java.util.HashMap<>();
    probed.forEach(r -> runById.put((Long) r[0], r));
    Map<Long, List<Line>> matches =
        runs.firstMatches(probed.stream().map(r -> (Long) r[0]).toList(), filter, MAX_LINES);
    List<Found> all = new ArrayList<>();
    matches.forEach(
        (runId, lines) -> {
          Object[] run = runById.get(runId);
          Long flowId = (Long) run[1];
          for (Line line : lines) {
            ExplainedMessage first =
                line.getMessages().isEmpty()
                    ? null
                    : MessageCatalog.standard()
                        .explain(
                            line.getMessages().get(0).getCode(),
                            line.getMessages().get(0).getParams());
            all.add(
                new Found(
                    runId,
                    flowId,
                    ErrorSummary.flowName(flowId, flows),
                    (Instant) run[2],
                    Boolean.TRUE.equals(run[3]),
                    line,
                    first));
          }
        });
    boolean moreLines = all.size() > MAX_LINES;
    List<Found> found = moreLines ? all.subList(0, MAX_LINES) : all;
    List<Profile> profiles = profiles(query, found);
    Object[] newest = probed.isEmpty() ? null : probed.get(0);
    Object[] oldest = probed.isEmpty() ? null : probed.get(probed.size() - 1);
    // "Not in any read" only when every run of the period was searched: from the newest, to the
    // end. A capped search, or one that went on from a cursor, leaves runs it did not read.
    boolean wholePeriod = !runsCapped && beforeRunId == null;
    ExplainedMessage notFound =
        found.isEmpty() && wholePeriod
            ? MessageCatalog.standard().explain(NOT_FOUND, notFoundParams(query.trim(), period))
            : null;
    return new Outcome(
        query.trim(),
        period,
        beforeRunId,
        maxRuns,
        List.copyOf(found),
        moreLines,
        probed.size(),
        runsCapped,
        newest == null ? null : (Long) newest[0],
        oldest == null ? null : (Long) oldest[0],
        oldest == null ? null : (Instant) oldest[2],
        // With more lines than shown, the probe stopped before the oldest run: typing more of the
        // name is the way on, not older runs (runs in between were not read).
        runsCapped && !moreLines ? (Long) oldest[0] : null,
        profiles,
        notFound);
  }

  public static Map<String, String> notFoundParams(String query, ReportPeriod period) {
    return Map.of("query", query, "from", period.from().toString(), "to", period.to().toString());
  }

  /** The directory profiles of the emails found (and of the text, when it is an email). */
  private List<Profile> profiles(String query, List<Found> found) {
    Set<String> emails = new LinkedHashSet<>();
    if (query.contains("@")) {
      emails.add(Emails.normalize(query));
    }
    for (Found f : found) {
      if (f.line().getEmail() != null && emails.size() < MAX_PROFILES) {
        emails.add(Emails.normalize(f.line().getEmail()));
      }
    }
    List<Profile> profiles = new ArrayList<>();
    for (String email : emails) {
      people
          .find(email)
          .ifPresent(
              p -> profiles.add(new Profile(p, journeys.ofPerson(p.getEmail()).orElse(null))));
    }
    return profiles;
  }
}
