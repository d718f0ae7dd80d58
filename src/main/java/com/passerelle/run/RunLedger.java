package com.passerelle.run;

import com.passerelle.catalog.ErrorCode;
import com.passerelle.catalog.IntegrationType;
import com.passerelle.catalog.Params;
import com.passerelle.db.Jdbc;
import com.passerelle.failure.FailureLog;
import com.passerelle.failure.FailureLog.FailedLine;
import com.passerelle.flow.Flow;
import com.passerelle.flow.FlowPurpose;
import com.passerelle.flow.PersonField;
import com.passerelle.journey.JourneyBook;
import com.passerelle.monitor.TransactionDays;
import com.passerelle.people.PeopleDirectory;
import com.passerelle.people.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a chunk of evaluated lines: matches them against the directory (one email = one profile),
 * creates the new people, inserts lines with their messages, records failures and bumps the run's
 * counters. Runs in the caller's transaction (the batch chunk's), so all or nothing; every write is
 * one set-based statement per chunk, on the persistence context's connection.
 */
@ApplicationScoped
public class RunLedger {
  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  @Inject PeopleDirectory people;
  @Inject FailureLog failures;
  @Inject JourneyBook journeys;
  @Inject DryRunLookups dryRuns;

  /** What the writer needs to know of a run, read once per step rather than once per chunk. */
  public record Target(
      long runId,
      long flowId,
      IntegrationType type,
      boolean stakeholders,
      FlowPurpose purpose,
      String template,
      boolean dryRun) {}

  public Target target(long runId) {
    Run run = em.find(Run.class, runId);
    Flow flow = em.find(Flow.class, run.getFlowId());
    boolean fixed = run.getPurpose() != null; // runs from before V13 read their flow
    return new Target(
        runId,
        flow.getId(),
        flow.getSourceType().integrationType(),
        fixed ? Boolean.TRUE.equals(run.getResolveStakeholders()) : flow.isResolveStakeholders(),
        fixed ? run.getPurpose() : flow.getPurpose(),
        fixed ? run.getJourneyTemplate() : flow.templateOrDefault(),
        run.isDryRun());
  }

  public void record(Target target, List<PreparedLine> chunk) {
    try {
      // The run row first, for update: it must exist (lines have no foreign key to it), and a
      // stop waiting for it between the lines and the counters made a deadlock.
      lockRun(target.runId());
      Set<Integer> refused =
          target.stakeholders()
              ? Stakeholders.check(
                  chunk,
                  target.dryRun()
                      ? dryRuns.stakeholders(target.runId(), Stakeholders.named(chunk))
                      : people.startDates(Stakeholders.named(chunk)),
                  LocalDate.now(ZoneOffset.UTC))
              : Set.of();
      // The first line of each email brings its person; the chunk's people are created at once.
      Map<String, Person> candidates = new LinkedHashMap<>();
      for (PreparedLine prepared : chunk) {
        EvaluatedLine evaluated = prepared.evaluated();
        String email = evaluated.value(PersonField.EMAIL);
        if (importable(evaluated)
            && !refused.contains(prepared.line().getLineNumber())
            && email != null
            && !candidates.containsKey(email)) {
          candidates.put(email, person(target.runId(), evaluated));
        }
      }
      Set<String> known;
      if (target.dryRun()) {
        // What would happen, read-only: no person, no journey is created (DryRunLookups).
        known = dryRuns.known(target.runId(), target.purpose(), candidates.keySet());
      } else {
        known = people.createMissing(new ArrayList<>(candidates.values()));
      }
      if (target.purpose() == FlowPurpose.JOURNEY_CREATION && !target.dryRun()) {
        // A person of the directory gets a journey; one who has a journey is "Already created".
        known = journeys.createMissing(newJourneys(target, chunk, refused));
      }
      Set<String> seen = new HashSet<>();
      List<Line> lines = new ArrayList<>(chunk.size());
      List<FailedLine> failed = new ArrayList<>();
      Map<LineStatus, Long> counts = new EnumMap<>(LineStatus.class);
      for (PreparedLine prepared : chunk) {
        EvaluatedLine evaluated = prepared.evaluated();
        Line line = prepared.line();
        if (importable(evaluated) && !refused.contains(line.getLineNumber())) {
          match(evaluated, line, known, seen, target.purpose() == FlowPurpose.JOURNEY_CREATION);
        }
        lines.add(line);
        counts.merge(line.getStatus(), 1L, Long::sum);
        if (line.getStatus() == LineStatus.FAILURE) {
          failed.add(new FailedLine(line.getLineNumber(), line.getMessages().get(0).getCode()));
        }
      }
      Jdbc.on(
          em,
          c -> {
            LineInserts.insert(c, lines);
            return null;
          });
      if (!target.dryRun()) {
        // A dry run's Failure lines are on its report only: the failure log feeds the monitoring
        // dashboard, which counts production failures, and a dry run imports nothing.
        failures.linesFailed(target.type(), target.flowId(), target.runId(), failed);
      }
      bumpCounters(target.runId(), counts);
      if (!target.dryRun()) {
        countSuccesses(target, counts);
      }
    } catch (PersistenceException e) {
      // Described by codes and line numbers: the driver's message may quote a refused value.
      throw new ChunkWriteException(
          target.runId(),
          chunk.get(0).line().getLineNumber(),
          chunk.get(chunk.size() - 1).line().getLineNumber(),
          e);
    }
  }

  /** The journeys of the chunk: one per email, from its first importable line. */
  private static List<JourneyBook.NewJourney> newJourneys(
      Target target, List<PreparedLine> chunk, Set<Integer> refused) {
    Map<String, JourneyBook.NewJourney> first = new LinkedHashMap<>();
    for (PreparedLine prepared : chunk) {
      EvaluatedLine e = prepared.evaluated();
      String email = e.value(PersonField.EMAIL);
      if (importable(e) && !refused.contains(prepared.line().getLineNumber()) && email != null) {
        first.putIfAbsent(
            email,
            new JourneyBook.NewJourney(
                email,
                e.template() != null ? e.template() : target.template(), // a rule's, or the run's
                dateOrNull(e.value(PersonField.START_DATE)),
                e.value(PersonField.MANAGER_EMAIL),
                e.value(PersonField.HR_EMAIL),
                target.flowId(),
                target.runId(),
                prepared.line().getLineNumber()));
      }
    }
    return new ArrayList<>(first.values());
  }

  /** An existing profile, or an earlier line of the file, makes the line "Already created". */
  private static void match(
      EvaluatedLine evaluated,
      Line line,
      Set<String> known,
      Set<String> seen,
      boolean journeyFlow) {
    String email = evaluated.value(PersonField.EMAIL);
    if (email == null) {
      return; // nothing to match on: the line keeps its status, no profile is created
    }
    boolean existed = known.contains(email);
    if (existed || !seen.add(email)) {
      ErrorCode code =
          !existed
              ? ErrorCode.DUPLICATE_IN_FILE
              : journeyFlow ? ErrorCode.JOURNEY_EXISTS : ErrorCode.ALREADY_CREATED;
      line.setStatus(LineStatus.ALREADY_CREATED);
      line.getMessages().add(0, new LineMessage(code, Params.of("email", email)));
    }
  }

  private static Person person(long runId, EvaluatedLine evaluated) {
    Person person = new Person(evaluated.value(PersonField.EMAIL), runId);
    person.setNames(
        evaluated.value(PersonField.EXTERNAL_ID),
        evaluated.value(PersonField.FIRST_NAME),
        evaluated.value(PersonField.LAST_NAME));
    person.setJob(
        dateOrNull(evaluated.value(PersonField.START_DATE)),
        evaluated.value(PersonField.JOB_TITLE),
        evaluated.value(PersonField.DEPARTMENT));
    return person;
  }

  private static LocalDate dateOrNull(String iso) {
    return iso == null ? null : LocalDate.parse(iso); // the evaluator turned valid dates into ISO
  }

  private static boolean importable(EvaluatedLine line) {
    return line.status() == LineStatus.SUCCESS || line.status() == LineStatus.PARTIAL_SUCCESS;
  }

  private void lockRun(long runId) {
    Jdbc.on(
        em,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("select id from run where id = ? for update")) {
            ps.setLong(1, runId);
            try (var rs = ps.executeQuery()) {
              if (!rs.next()) {
                throw new IllegalStateException("Run " + runId + " does not exist");
              }
            }
          }
          return null;
        });
  }

  /** Lines imported (Success, Partial success) to the day's roll-up: one statement per chunk. */
  private void countSuccesses(Target target, Map<LineStatus, Long> counts) {
    long imported =
        counts.getOrDefault(LineStatus.SUCCESS, 0L)
            + counts.getOrDefault(LineStatus.PARTIAL_SUCCESS, 0L);
    if (imported == 0) {
      return;
    }
    Jdbc.on(
        em,
        c -> {
          TransactionDays.add(
              c,
              TransactionDays.slotOf(target.runId()),
              List.of(TransactionDays.Count.success(target.type(), target.flowId(), imported)));
          return null;
        });
  }

  private void bumpCounters(long runId, Map<LineStatus, Long> counts) {
    Jdbc.on(
        em,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "update run set success_count = success_count + ?,"
                      + " partial_count = partial_count + ?, failure_count = failure_count + ?,"
                      + " filtered_count = filtered_count + ?,"
                      + " already_created_count = already_created_count + ? where id = ?"
                      // fencing: a server that lost its lease (taken over while it stalled)
                      // writes nothing more for this run
                      + " and (lease_owner is null or lease_owner = ?)")) {
            ps.setLong(1, counts.getOrDefault(LineStatus.SUCCESS, 0L));
            ps.setLong(2, counts.getOrDefault(LineStatus.PARTIAL_SUCCESS, 0L));
            ps.setLong(3, counts.getOrDefault(LineStatus.FAILURE, 0L));
            ps.setLong(4, counts.getOrDefault(LineStatus.FILTERED, 0L));
            ps.setLong(5, counts.getOrDefault(LineStatus.ALREADY_CREATED, 0L));
            ps.setLong(6, runId);
            ps.setString(7, ServerIdentity.ID);
            if (ps.executeUpdate() == 0) {
              throw new IllegalStateException(
                  "Run " + runId + " is leased by another server now: this chunk is not written");
            }
          }
          return null;
        });
  }
}
