package com.passerelle.run;

import com.passerelle.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
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

  /** The states of these runs, by id (a deleted run is not in the map). */
  public Map<Long, RunState> states(Collection<Long> runIds) {
    Map<Long, RunState> states = new HashMap<>();
    em.createQuery("select r.id, r.state from Run r where r.id in :ids", Object[].class)
        .setParameter("ids", runIds)
        .getResultList()
        .forEach(row -> states.put((Long) row[0], (RunState) row[1]));
    return states;
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

  /** Lines of a run by number (a page of failures shows the lines they point to). */
  public List<Line> lines(long runId, List<Integer> numbers) {
    return Jdbc.on(em, c -> LineQueries.byNumbers(c, runId, numbers));
  }

  /**
   * One page of the history of every flow, newest first (keyset on the id, which grows with time):
   * runs started in [from, to), of a flow and a state when given, older than {@code olderThan} or
   * newer than {@code newerThan} (the previous page, read upwards and turned round).
   */
  public List<Run> history(RunHistoryFilter f, Long olderThan, Long newerThan, int limit) {
    boolean up = newerThan != null;
    StringBuilder q = new StringBuilder("select r from Run r where r.startedAt >= :from");
    q.append(" and r.startedAt < :to");
    if (f.flowId() != null) {
      q.append(" and r.flowId = :flow");
    }
    if (f.state() != null) {
      q.append(" and r.state = :state");
    }
    if (olderThan != null) {
      q.append(" and r.id < :older");
    }
    if (up) {
      q.append(" and r.id > :newer");
    }
    q.append(up ? " order by r.id" : " order by r.id desc");
    var query =
        em.createQuery(q.toString(), Run.class)
            .setParameter("from", f.from())
            .setParameter("to", f.to())
            .setMaxResults(limit);
    if (f.flowId() != null) {
      query.setParameter("flow", f.flowId());
    }
    if (f.state() != null) {
      query.setParameter("state", f.state());
    }
    if (olderThan != null) {
      query.setParameter("older", olderThan);
    }
    if (up) {
      query.setParameter("newer", newerThan);
    }
    List<Run> found = new java.util.ArrayList<>(query.getResultList());
    if (up) {
      java.util.Collections.reverse(found);
    }
    return found;
  }

  /**
   * The runs that read lines, started in [from, to), newest first, at most {@code limit}: the runs
   * a search across runs probes. Each as {id, flowId, startedAt}.
   */
  public List<Object[]> withLinesStartedBetween(
      java.time.Instant from, java.time.Instant to, Long beforeId, int limit) {
    // beforeId: a keyset cursor (the oldest run a capped search probed); runs of one day may be
    // more than a search probes, so only the id can reach the older ones.
    var query =
        em.createQuery(
                "select r.id, r.flowId, r.startedAt, r.dryRun from Run r where r.startedAt >= :from"
                    + " and r.startedAt < :to and (r.successCount + r.partialCount"
                    + " + r.failureCount + r.filteredCount + r.alreadyCreatedCount) > 0"
                    + (beforeId == null ? "" : " and r.id < :before")
                    + " order by r.id desc",
                Object[].class)
            .setParameter("from", from)
            .setParameter("to", to)
            .setMaxResults(limit);
    if (beforeId != null) {
      query.setParameter("before", beforeId);
    }
    return query.getResultList();
  }

  /** The run each of these runs re-ran (only those that are re-runs): one read by primary key. */
  public Map<Long, Long> rerunsOf(java.util.Collection<Long> runIds) {
    Map<Long, Long> rerunOf = new java.util.HashMap<>();
    if (runIds.isEmpty()) {
      return rerunOf;
    }
    em.createQuery(
            "select r.id, r.rerunOf from Run r where r.id in :ids and r.rerunOf is not null",
            Object[].class)
        .setParameter("ids", runIds)
        .getResultList()
        .forEach(row -> rerunOf.put((Long) row[0], (Long) row[1]));
    return rerunOf;
  }

  /**
   * Probes runs in the given order with the report's indexed search (first lines of each, by line
   * number) until {@code maxLines} lines were found; the answer keeps the runs' order and holds at
   * most {@code maxLines + 1} lines, so a caller knows when there were more.
   */
  public Map<Long, List<Line>> firstMatches(List<Long> runIds, LineFilter filter, int maxLines) {
    if (!filter.searches()) {
      throw new IllegalArgumentException("a search needs a text");
    }
    return Jdbc.on(
        em,
        c -> {
          Map<Long, List<Line>> found = new java.util.LinkedHashMap<>();
          int total = 0;
          for (Long runId : runIds) {
            List<Line> lines = LineQueries.firstMatches(c, runId, filter, maxLines + 1 - total);
            if (!lines.isEmpty()) {
              found.put(runId, lines);
              total += lines.size();
              if (total > maxLines) {
                break;
              }
            }
          }
          return found;
        });
  }

  public Line line(long runId, int lineNumber) {
    return Jdbc.on(em, c -> LineQueries.one(c, runId, lineNumber));
  }
}
