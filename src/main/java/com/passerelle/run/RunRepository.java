package com.passerelle.run;

import com.passerelle.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Read side of runs and lines, for pages and the API. */
@ApplicationScoped
@Transactional
public class RunRepository {
  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  public Run find(long runId) {
    return em.find(Run.class, runId);
  }

  /** Newest first: ids grow with time, and (flow_id, id) is indexed. */
  public List<Run> ofFlow(long flowId, int limit) {
    return em.createQuery(
            "select r from Run r where r.flowId = :flow order by r.id desc", Run.class)
        .setParameter("flow", flowId)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The newest run of each flow, in one query (the flows list shows them). */
  public Map<Long, Run> lastRunPerFlow() {
    Map<Long, Run> last = new HashMap<>();
    em.createQuery(
            "select r from Run r where r.id in (select max(r2.id) from Run r2 group by r2.flowId)",
            Run.class)
        .getResultList()
        .forEach(r -> last.put(r.getFlowId(), r));
    return last;
  }

  public List<Run> latest(int limit) {
    return em.createQuery("select r from Run r order by r.id desc", Run.class)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * A page of a run's lines from a cursor (keyset paging). The total of a status (or of all lines)
   * is the run's stored counter, kept in step with the lines by the writer; only a text search
   * counts, and stops at {@link LinePage#COUNT_LIMIT}.
   */
  public LinePage lines(Run run, LineFilter filter, LineCursor cursor, int size) {
    int safeSize = LinePage.clampSize(size);
    long runId = run.getId();
    return Jdbc.on(
        em,
        c -> {
          List<Line> rows = LineQueries.slice(c, runId, filter, cursor, safeSize + 1);
          boolean more = rows.size() > safeSize;
          if (more) {
            rows.remove(cursor.backwards() ? 0 : rows.size() - 1);
          }
          boolean hasPrevious;
          boolean hasNext;
          if (cursor.backwards()) {
            hasPrevious = more;
            int from =
                rows.isEmpty()
                    ? cursor.before() == null ? 0 : cursor.before() - 1
                    : rows.get(rows.size() - 1).getLineNumber();
            hasNext = !cursor.last() && LineQueries.exists(c, runId, filter, from, true);
          } else {
            hasNext = more;
            int from =
                rows.isEmpty()
                    ? cursor.after() == null ? 0 : cursor.after() + 1
                    : rows.get(0).getLineNumber();
            hasPrevious = !cursor.first() && LineQueries.exists(c, runId, filter, from, false);
          }
          long total;
          boolean capped = false;
          if (filter.searches()) {
            total = LineQueries.countUpTo(c, runId, filter, LinePage.COUNT_LIMIT + 1);
            capped = total > LinePage.COUNT_LIMIT;
          } else {
            total = filter.status() == null ? run.getTotalCount() : run.count(filter.status());
          }
          return new LinePage(rows, safeSize, total, capped, hasPrevious, hasNext);
        });
  }

  /** Runs of a flow whose file is one of these paths (the files of its processing folder). */
  public List<Run> withSource(long flowId, List<String> paths) {
    if (paths.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select r from Run r where r.flowId = :flow and r.sourcePath in :paths", Run.class)
        .setParameter("flow", flowId)
        .setParameter("paths", paths)
        .getResultList();
  }

  /** The next lines after a line number (keyset slices: an export of 1M lines stays cheap). */
  public List<Line> linesAfter(long runId, LineFilter filter, int afterLineNumber, int limit) {
    return Jdbc.on(
        em, c -> LineQueries.slice(c, runId, filter, LineCursor.after(afterLineNumber), limit));
  }

  public Line line(long runId, int lineNumber) {
    return Jdbc.on(em, c -> LineQueries.one(c, runId, lineNumber));
  }
}
