package com.passerelle.run;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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
   * A page of a run's lines. The total of a status (or of all lines) is the run's stored counter,
   * kept in step with the lines by the writer; only a text search has to count.
   */
  public Page<Line> lines(Run run, LineFilter filter, int page, int size) {
    int safeSize = Page.clampSize(size);
    int safePage = Math.max(1, page);
    String where = where(filter);
    TypedQuery<Line> query =
        em.createQuery("select l from Line l" + where + " order by l.lineNumber", Line.class);
    bind(query, run.getId(), filter);
    List<Line> items =
        query.setFirstResult((safePage - 1) * safeSize).setMaxResults(safeSize).getResultList();
    items.forEach(l -> l.getMessages().size()); // load messages (batched) inside the transaction
    return new Page<>(items, safePage, safeSize, total(run, filter));
  }

  private long total(Run run, LineFilter filter) {
    if (filter.query() == null) {
      return filter.status() == null ? run.getTotalCount() : run.count(filter.status());
    }
    TypedQuery<Long> count =
        em.createQuery("select count(l) from Line l" + where(filter), Long.class);
    bind(count, run.getId(), filter);
    return count.getSingleResult();
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

  /** The next lines after a line number (keyset paging, so an export of 1M lines stays cheap). */
  public List<Line> linesAfter(long runId, LineFilter filter, int afterLineNumber, int limit) {
    TypedQuery<Line> query =
        em.createQuery(
            "select l from Line l"
                + where(filter)
                + " and l.lineNumber > :after order by l.lineNumber",
            Line.class);
    bind(query, runId, filter);
    List<Line> items =
        query.setParameter("after", afterLineNumber).setMaxResults(limit).getResultList();
    items.forEach(l -> l.getMessages().size());
    return items;
  }

  public Line line(long runId, long lineId) {
    Line line = em.find(Line.class, lineId);
    if (line == null || !line.getRunId().equals(runId)) {
      return null;
    }
    line.getMessages().size();
    return line;
  }

  private static String where(LineFilter filter) {
    StringBuilder where = new StringBuilder(" where l.runId = :run");
    if (filter.status() != null) {
      where.append(" and l.status = :status");
    }
    if (filter.query() != null) {
      where.append(
          " and (lower(l.email) like :q escape '!' or lower(l.firstName) like :q escape '!'"
              + " or lower(l.lastName) like :q escape '!' or lower(l.externalId) like :q escape '!'"
              + " or lower(concat(coalesce(l.firstName, ''), ' ', coalesce(l.lastName, '')))"
              + " like :q escape '!')");
    }
    return where.toString();
  }

  private static void bind(TypedQuery<?> query, long runId, LineFilter filter) {
    query.setParameter("run", runId);
    if (filter.status() != null) {
      query.setParameter("status", filter.status());
    }
    if (filter.query() != null) {
      query.setParameter("q", filter.likePattern());
    }
  }
}
