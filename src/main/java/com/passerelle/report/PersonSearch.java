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
 * #MAX_LINES} lines, and the page says when a cap was reached.
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

  /** A line found, with its run. */
  public record Found(
      long runId, Long flowId, String flowName, Instant startedAt, Line line, ExplainedMessage m) {}

  /** A person's profile in the directory and, when one was created, their journey. */
  public record Profile(Person person, Journey journey) {}

  /** What the search found; {@code notFound} is the FAQ's answer when it found nothing. */
  public record Outcome(
      String query,
      ReportPeriod period,
      List<Found> lines,
      boolean moreLines,
      int runsProbed,
      boolean runsCapped,
      List<Profile> profiles,
      ExplainedMessage notFound) {}

  public Outcome search(String query, ReportPeriod period, Map<Long, Flow> flows) {
    LineFilter filter = LineFilter.of(null, query);
    if (!filter.searches()) {
      throw new InvalidRequestException("Type a name, an email or an id to search for (q=...).");
    }
    List<Object[]> probed =
        runs.withLinesStartedBetween(period.start(), period.end(), MAX_RUNS + 1);
    boolean runsCapped = probed.size() > MAX_RUNS;
    if (runsCapped) {
      probed = probed.subList(0, MAX_RUNS);
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
                    line,
                    first));
          }
        });
    boolean moreLines = all.size() > MAX_LINES;
    List<Found> found = moreLines ? all.subList(0, MAX_LINES) : all;
    List<Profile> profiles = profiles(query, found);
    ExplainedMessage notFound =
        found.isEmpty()
            ? MessageCatalog.standard()
                .explain(
                    NOT_FOUND,
                    Map.of(
                        "query", query.trim(),
                        "from", period.from().toString(),
                        "to", period.to().toString()))
            : null;
    return new Outcome(
        query.trim(),
        period,
        List.copyOf(found),
        moreLines,
        probed.size(),
        runsCapped,
        profiles,
        notFound);
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
