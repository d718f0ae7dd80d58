package com.passerelle.failure;

import com.passerelle.catalog.IntegrationType;
import com.passerelle.db.IdBlocks;
import com.passerelle.db.Jdbc;
import com.passerelle.db.MultiRowInsert;
import com.passerelle.monitor.TransactionDays;
import com.passerelle.monitor.TransactionDays.Count;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Records failures in the caller's transaction, so a failure exists exactly when its cause does,
 * and adds them to the daily roll-ups of the monitoring dashboard in that same transaction.
 */
@ApplicationScoped
@Transactional
public class FailureLog {
  private static final MultiRowInsert INSERT =
      new MultiRowInsert(
          "failure",
          "id",
          "occurred_at",
          "occurred_day",
          "integration_type",
          "scope",
          "error_code",
          "flow_id",
          "run_id",
          "line_number");

  private static final MultiRowInsert CALL_INSERT =
      new MultiRowInsert(
          "failure",
          "id",
          "occurred_at",
          "occurred_day",
          "integration_type",
          "scope",
          "error_code",
          "endpoint_id",
          "message_id");

  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  public void runFailed(IntegrationType type, String code, Long flowId, Long runId) {
    em.persist(new Failure(type, Failure.Scope.RUN, code, flowId, runId, null));
    long writer = runId != null ? runId : flowId != null ? flowId : Thread.currentThread().getId();
    Jdbc.on(
        em,
        c -> {
          TransactionDays.add(
              c, TransactionDays.slotOf(writer), List.of(Count.failure(type, code, flowId, 1)));
          return null;
        });
  }

  /** A failed line: its number and the code of its first error. */
  public record FailedLine(int lineNumber, String code) {}

  /** The failed lines of an import chunk, in one batched insert. */
  public void linesFailed(IntegrationType type, long flowId, long runId, List<FailedLine> lines) {
    if (lines.isEmpty()) {
      return;
    }
    LocalDateTime at = LocalDateTime.now(ZoneOffset.UTC);
    LocalDate day = at.toLocalDate();
    Jdbc.on(
        em,
        c -> {
          long[] ids = IdBlocks.draw(c, "failure_seq", lines.size());
          List<Object[]> rows = new ArrayList<>(lines.size());
          for (int i = 0; i < lines.size(); i++) {
            FailedLine line = lines.get(i);
            rows.add(
                new Object[] {
                  ids[i],
                  at,
                  day,
                  type.name(),
                  Failure.Scope.LINE.name(),
                  line.code(),
                  flowId,
                  runId,
                  line.lineNumber()
                });
          }
          INSERT.insert(c, rows);
          // one roll-up row per distinct code of the chunk, in one statement
          List<Count> counts = new ArrayList<>();
          for (FailedLine line : lines) {
            counts.add(Count.failure(type, line.code(), flowId, 1));
          }
          TransactionDays.add(c, day, TransactionDays.slotOf(runId), counts);
          return null;
        });
  }

  /** A failed outbound webhook call: its code (HTTP status or ours), endpoint and message. */
  public record FailedCall(String code, long endpointId, long messageId) {}

  /** Failed calls of one delivery batch, in one insert (integration type OUTBOUND_WEBHOOK). */
  public void callsFailed(List<FailedCall> calls) {
    if (calls.isEmpty()) {
      return;
    }
    LocalDateTime at = LocalDateTime.now(ZoneOffset.UTC);
    LocalDate day = at.toLocalDate();
    Jdbc.on(
        em,
        c -> {
          long[] ids = IdBlocks.draw(c, "failure_seq", calls.size());
          List<Object[]> rows = new ArrayList<>(calls.size());
          for (int i = 0; i < calls.size(); i++) {
            FailedCall call = calls.get(i);
            rows.add(
                new Object[] {
                  ids[i],
                  at,
                  day,
                  IntegrationType.OUTBOUND_WEBHOOK.name(),
                  Failure.Scope.WEBHOOK_CALL.name(),
                  call.code(),
                  call.endpointId(),
                  call.messageId()
                });
          }
          CALL_INSERT.insert(c, rows);
          List<Count> counts = new ArrayList<>();
          for (FailedCall call : calls) {
            counts.add(
                Count.failure(IntegrationType.OUTBOUND_WEBHOOK, call.code(), call.endpointId(), 1));
          }
          TransactionDays.add(c, day, TransactionDays.threadSlot(), counts);
          return null;
        });
  }

  /** Counts per integration type and code since a day: the seed of the monitoring dashboard. */
  public List<FailureCount> countsSince(LocalDate firstDay) {
    return em.createQuery(
            "select new com.passerelle.failure.FailureCount(f.integrationType, f.errorCode,"
                + " count(f)) from Failure f where f.occurredDay >= :day"
                + " group by f.integrationType, f.errorCode order by count(f) desc, f.errorCode",
            FailureCount.class)
        .setParameter("day", firstDay)
        .getResultList();
  }

  /** How many failures of one code a flow had over a period, and the last day it happened. */
  public record FlowCodeCount(Long flowId, String errorCode, long count, LocalDate lastDay) {}

  /**
   * Counts per flow and code over the days [first, last], optionally of one flow: a range of
   * (occurred_day, flow_id, error_code), read from that index alone (V17).
   */
  public List<FlowCodeCount> countsByFlow(LocalDate first, LocalDate last, Long flowId) {
    String sql =
        "select f.flowId, f.errorCode, count(f), max(f.occurredDay) from Failure f"
            + " where f.occurredDay >= :first and f.occurredDay <= :last"
            + (flowId == null ? "" : " and f.flowId = :flow")
            + " group by f.flowId, f.errorCode";
    var query =
        em.createQuery(sql, Object[].class).setParameter("first", first).setParameter("last", last);
    if (flowId != null) {
      query.setParameter("flow", flowId);
    }
    return query.getResultList().stream()
        .map(r -> new FlowCodeCount((Long) r[0], (String) r[1], (Long) r[2], (LocalDate) r[3]))
        .toList();
  }

  /**
   * A flow's failures of one code over the days [first, last], newest first, before an id (keyset):
   * a range of (flow_id, error_code, id) read downwards, the day checked on the rows it reads.
   */
  public List<Failure> ofFlowAndCode(
      long flowId, String code, LocalDate first, LocalDate last, Long beforeId, int limit) {
    var query =
        em.createQuery(
                "select f from Failure f where f.flowId = :flow and f.errorCode = :code"
                    + " and f.occurredDay >= :first and f.occurredDay <= :last"
                    + (beforeId == null ? "" : " and f.id < :before")
                    + " order by f.id desc",
                Failure.class)
            .setParameter("flow", flowId)
            .setParameter("code", code)
            .setParameter("first", first)
            .setParameter("last", last)
            .setMaxResults(limit);
    if (beforeId != null) {
      query.setParameter("before", beforeId);
    }
    return query.getResultList();
  }

  /** A run's failures after an id, in id order: (run_id) is indexed, and ids follow it. */
  public List<Failure> ofRun(long runId, long afterId, int limit) {
    return em.createQuery(
            "select f from Failure f where f.runId = :run and f.id > :after order by f.id",
            Failure.class)
        .setParameter("run", runId)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList();
  }
}
