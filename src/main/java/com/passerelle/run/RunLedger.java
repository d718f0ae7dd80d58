package com.passerelle.run;

import com.passerelle.catalog.ErrorCode;
import com.passerelle.catalog.IntegrationType;
import com.passerelle.catalog.Params;
import com.passerelle.failure.FailureLog;
import com.passerelle.flow.Flow;
import com.passerelle.flow.PersonField;
import com.passerelle.people.PeopleDirectory;
import com.passerelle.people.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a chunk of evaluated lines: matches them against the directory (one email = one profile),
 * creates the new people, persists lines with their messages, records failures and bumps the run's
 * counters. Runs in the caller's transaction (the batch chunk's), so all or nothing.
 */
@ApplicationScoped
public class RunLedger {
  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  @Inject PeopleDirectory people;
  @Inject FailureLog failures;

  public void record(long runId, List<EvaluatedLine> chunk) {
    // The run row first, for update: the lines' foreign key would take a shared lock on it and
    // the counters an exclusive one, and a stop waiting in between made that a deadlock.
    Run run = em.find(Run.class, runId, LockModeType.PESSIMISTIC_WRITE);
    Flow flow = em.find(Flow.class, run.getFlowId());
    IntegrationType type = flow.getSourceType().integrationType();
    Set<String> known = people.existingEmails(importableEmails(chunk));
    Set<String> createdHere = new HashSet<>();
    Map<LineStatus, Long> counts = new EnumMap<>(LineStatus.class);
    for (EvaluatedLine evaluated : chunk) {
      Line line = new Line(runId, evaluated.lineNumber(), evaluated.status());
      line.setPerson(
          evaluated.value(PersonField.EXTERNAL_ID),
          evaluated.value(PersonField.FIRST_NAME),
          evaluated.value(PersonField.LAST_NAME),
          evaluated.value(PersonField.EMAIL));
      line.setSourceValues(evaluated.sourceValues());
      line.getMessages().addAll(evaluated.messages());
      if (importable(evaluated)) {
        match(run, evaluated, line, known, createdHere);
      }
      em.persist(line);
      counts.merge(line.getStatus(), 1L, Long::sum);
      if (line.getStatus() == LineStatus.FAILURE) {
        String code = line.getMessages().get(0).getCode();
        failures.lineFailed(type, code, flow.getId(), runId, line.getLineNumber());
      }
    }
    try {
      em.flush(); // here, not at commit: a refusal is then ours to describe without its values
      bumpCounters(runId, counts);
    } catch (PersistenceException e) {
      throw new ChunkWriteException(
          runId, chunk.get(0).lineNumber(), chunk.get(chunk.size() - 1).lineNumber(), e);
    }
  }

  private void match(
      Run run, EvaluatedLine evaluated, Line line, Set<String> known, Set<String> createdHere) {
    String email = evaluated.value(PersonField.EMAIL);
    if (email == null) {
      return; // nothing to match on: the line keeps its status, no profile is created
    }
    if (known.contains(email) || createdHere.contains(email)) {
      ErrorCode code =
          known.contains(email) ? ErrorCode.ALREADY_CREATED : ErrorCode.DUPLICATE_IN_FILE;
      line.setStatus(LineStatus.ALREADY_CREATED);
      line.getMessages().add(0, new LineMessage(code, Params.of("email", email)));
      return;
    }
    Person person = new Person(email, run.getId());
    person.setNames(
        evaluated.value(PersonField.EXTERNAL_ID),
        evaluated.value(PersonField.FIRST_NAME),
        evaluated.value(PersonField.LAST_NAME));
    person.setJob(
        dateOrNull(evaluated.value(PersonField.START_DATE)),
        evaluated.value(PersonField.JOB_TITLE),
        evaluated.value(PersonField.DEPARTMENT));
    people.add(person);
    createdHere.add(email);
  }

  private static LocalDate dateOrNull(String iso) {
    return iso == null ? null : LocalDate.parse(iso); // the evaluator turned valid dates into ISO
  }

  private static boolean importable(EvaluatedLine line) {
    return line.status() == LineStatus.SUCCESS || line.status() == LineStatus.PARTIAL_SUCCESS;
  }

  private static Set<String> importableEmails(List<EvaluatedLine> chunk) {
    Set<String> emails = new HashSet<>();
    for (EvaluatedLine line : chunk) {
      if (importable(line) && line.value(PersonField.EMAIL) != null) {
        emails.add(line.value(PersonField.EMAIL));
      }
    }
    return emails;
  }

  private void bumpCounters(long runId, Map<LineStatus, Long> counts) {
    em.createQuery(
            "update Run r set r.successCount = r.successCount + :s,"
                + " r.partialCount = r.partialCount + :p, r.failureCount = r.failureCount + :f,"
                + " r.filteredCount = r.filteredCount + :x,"
                + " r.alreadyCreatedCount = r.alreadyCreatedCount + :a where r.id = :id")
        .setParameter("s", counts.getOrDefault(LineStatus.SUCCESS, 0L))
        .setParameter("p", counts.getOrDefault(LineStatus.PARTIAL_SUCCESS, 0L))
        .setParameter("f", counts.getOrDefault(LineStatus.FAILURE, 0L))
        .setParameter("x", counts.getOrDefault(LineStatus.FILTERED, 0L))
        .setParameter("a", counts.getOrDefault(LineStatus.ALREADY_CREATED, 0L))
        .setParameter("id", runId)
        .executeUpdate();
  }
}
