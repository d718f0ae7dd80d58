package com.passerelle.run;

import com.passerelle.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
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
   * is the run's stored counter, kept in step with the lines by the writer; a text search counts
   * what it found (see {@link LineQueries#matches}).
   */
  public LinePage lines(Run run, LineFilter filter, LineCursor cursor, int size) {
    int safeSize = LinePage.clampSize(size);
    long runId = run.getId();
    if (filter.searches()) {
      return Jdbc.on(em, c -> searchPage(c, runId, filter, cursor, safeSize));
    }
    long total = filter.status() == null ? run.getTotalCount() : run.count(filter.status());
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
            hasNext = !cursor.last() && beyond(c, runId, filter, rows, cursor, true);
          } else {
            hasNext = more;
            hasPrevious = !cursor.first() && beyond(c, runId, filter, rows, cursor, false);
          }
          return new LinePage(rows, safeSize, total, false, hasPrevious, hasNext, cursor);
        });
  }

  /** Whether lines lie past the page's edge (the cursor's own bound for an empty page). */
  private static boolean beyond(
      Connection c, long runId, LineFilter filter, List<Line> rows, LineCursor cursor, boolean up)
      throws SQLException {
    long edge;
    if (!rows.isEmpty()) {
      edge = rows.get(up ? rows.size() - 1 : 0).getLineNumber();
    } else if (up) {
      edge = cursor.before() == null ? 0 : cursor.before() - 1L;
    } else {
      edge = cursor.after() == null ? 0 : cursor.after() + 1L;
    }
    // Line numbers start at 2, so clamping into int never hides a line.
    int bound = (int) Math.max(0, Math.min(Integer.MAX_VALUE, edge));
    return LineQueries.exists(c, runId, filter, bound, up);
  }

  private static LinePage searchPage(
      Connection c, long runId, LineFilter filter, LineCursor cursor, int size)
      throws SQLException {
    LineQueries.Matches matches = LineQueries.matches(c, runId, filter);
    if (matches.tooMany()) {
      return new LinePage(
          List.of(), size, LineQueries.SEARCH_LIMIT, true, false, false, LineCursor.FIRST);
    }
    SearchPaging.Window window = SearchPaging.window(matches.numbers(), cursor, size);
    List<Line> rows = LineQueries.byNumbers(c, runId, window.numbers());
    return new LinePage(
        rows,
        size,
        matches.numbers().size(),
        false,
        window.hasPrevious(),
        window.hasNext(),
        cursor);
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
    LineCursor cursor = LineCursor.after(afterLineNumber);
    if (filter.searches()) {
      return Jdbc.on(em, c -> searchPage(c, runId, filter, cursor, limit).items());
    }
    return Jdbc.on(em, c -> LineQueries.slice(c, runId, filter, cursor, limit));
  }

  public Line line(long runId, int lineNumber) {
    return Jdbc.on(em, c -> LineQueries.one(c, runId, lineNumber));
  }
}
