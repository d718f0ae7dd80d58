package com.passerelle.run;

import com.passerelle.common.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * The line view across a flow's runs: the runs started in the period, newest first (a range of
 * index (flow_id, started_at)), each asked for its lines with the report's own indexed per-run
 * query until the page is full. Runs whose stored counters say they hold no line of the filter are
 * skipped without a query, and one page probes at most {@link #MAX_RUNS} runs, so a page costs the
 * same whatever the number of runs or lines.
 */
@ApplicationScoped
@Transactional
public class ActivityLines {
  public static final int PAGE_SIZE = 50;
  public static final int MAX_RUNS = 500;

  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  @Inject RunRepository runs;

  public ActivityPage page(long flowId, ActivityFilter filter, ActivityCursor cursor) {
    Run anchor = anchor(flowId, cursor);
    return cursor != null && cursor.backwards()
        ? backwards(flowId, filter, cursor, anchor)
        : forwards(flowId, filter, cursor, anchor);
  }

  private ActivityPage forwards(
      long flowId, ActivityFilter filter, ActivityCursor cursor, Run anchor) {
    List<Run> found = runs(flowId, filter, anchor, true);
    boolean beyondCap = found.size() > MAX_RUNS;
    List<Run> probe = found.subList(0, Math.min(found.size(), MAX_RUNS));
    List<ActivityLine> items = new ArrayList<>();
    List<Long> tooBroad = new ArrayList<>();
    boolean more = false;
    int probed = 0;
    for (; probed < probe.size(); probed++) {
      if (items.size() == PAGE_SIZE) {
        more = anyMayMatch(probe.subList(probed, probe.size()), filter);
        break;
      }
      Run run = probe.get(probed);
      if (!filter.mayMatch(run)) {
        continue;
      }
      boolean isAnchor = anchor != null && anchor.getId().equals(run.getId());
      LineCursor from = isAnchor ? LineCursor.after(cursor.lineNumber()) : LineCursor.FIRST;
      LinePage page = runs.lines(run, filter.lines(), from, PAGE_SIZE - items.size());
      if (page.totalCapped()) {
        tooBroad.add(run.getId());
        continue;
      }
      page.items().forEach(l -> items.add(new ActivityLine(run, l)));
      if (page.hasNext()) {
        more = true;
        probed++;
        break;
      }
    }
    boolean capped = !more && beyondCap && probed == probe.size();
    ActivityCursor next = null;
    if (capped) { // go on after the last run probed (none of its lines: they were all read)
      next = new ActivityCursor(probe.get(probe.size() - 1).getId(), Integer.MAX_VALUE, false);
    } else if (!items.isEmpty() && (more || (beyondCap && items.size() == PAGE_SIZE))) {
      ActivityLine last = items.get(items.size() - 1);
      next = new ActivityCursor(last.run().getId(), last.line().getLineNumber(), false);
    }
    ActivityCursor previous =
        cursor == null || items.isEmpty()
            ? null
            : new ActivityCursor(
                items.get(0).run().getId(), items.get(0).line().getLineNumber(), true);
    return new ActivityPage(items, next, previous, cursor != null, probed, capped, tooBroad);
  }

  /** The page before a cursor: the anchor run's earlier lines, then newer runs from their end. */
  private ActivityPage backwards(
      long flowId, ActivityFilter filter, ActivityCursor cursor, Run anchor) {
    List<Run> found = runs(flowId, filter, anchor, false);
    boolean beyondCap = found.size() > MAX_RUNS;
    List<Run> probe = found.subList(0, Math.min(found.size(), MAX_RUNS));
    List<ActivityLine> items = new ArrayList<>();
    List<Long> tooBroad = new ArrayList<>();
    boolean more = false;
    int probed = 0;
    for (; probed < probe.size(); probed++) {
      int need = PAGE_SIZE - items.size();
      if (need == 0) {
        more = anyMayMatch(probe.subList(probed, probe.size()), filter);
        break;
      }
      Run run = probe.get(probed);
      if (!filter.mayMatch(run)) {
        continue;
      }
      boolean isAnchor = anchor.getId().equals(run.getId());
      LineCursor to =
          isAnchor
              ? new LineCursor(null, cursor.lineNumber(), false)
              : new LineCursor(null, null, true);
      LinePage page = runs.lines(run, filter.lines(), to, need);
      if (page.totalCapped()) {
        tooBroad.add(run.getId());
        continue;
      }
      items.addAll(0, page.items().stream().map(l -> new ActivityLine(run, l)).toList());
      if (page.hasPrevious()) {
        more = true;
        probed++;
        break;
      }
    }
    boolean capped = !more && beyondCap && probed == probe.size();
    ActivityCursor previous = null;
    if (capped) { // go on before the newest run probed (none of its lines: they were all read)
      previous = new ActivityCursor(probe.get(probe.size() - 1).getId(), 0, true);
    } else if (!items.isEmpty() && (more || (beyondCap && items.size() == PAGE_SIZE))) {
      ActivityLine first = items.get(0);
      previous = new ActivityCursor(first.run().getId(), first.line().getLineNumber(), true);
    }
    ActivityCursor next =
        items.isEmpty()
            ? new ActivityCursor(anchor.getId(), Math.max(0, cursor.lineNumber() - 1), false)
            : new ActivityCursor(
                items.get(items.size() - 1).run().getId(),
                items.get(items.size() - 1).line().getLineNumber(),
                false);
    return new ActivityPage(items, next, previous, previous != null, probed, capped, tooBroad);
  }

  private static boolean anyMayMatch(List<Run> rest, ActivityFilter filter) {
    return rest.stream().anyMatch(filter::mayMatch);
  }

  private Run anchor(long flowId, ActivityCursor cursor) {
    if (cursor == null) {
      return null;
    }
    Run run = em.find(Run.class, cursor.runId());
    if (run == null || run.getFlowId() != flowId) {
      throw new InvalidRequestException(
          "The page link names run #"
              + cursor.runId()
              + ", which is not a run of this flow: start again from the first page.");
    }
    return run;
  }

  /**
   * Up to MAX_RUNS + 1 runs of the period from the anchor on (itself included): older ones newest
   * first, or newer ones oldest first. (started_at, id) orders runs that started at the same time.
   */
  private List<Run> runs(long flowId, ActivityFilter filter, Run anchor, boolean older) {
    StringBuilder q =
        new StringBuilder(
            "select r from Run r where r.flowId = :flow"
                + " and r.startedAt >= :since and r.startedAt < :until");
    if (anchor != null) {
      q.append(
          older
              ? " and (r.startedAt < :at or (r.startedAt = :at and r.id <= :id))"
              : " and (r.startedAt > :at or (r.startedAt = :at and r.id >= :id))");
    }
    q.append(older ? " order by r.startedAt desc, r.id desc" : " order by r.startedAt, r.id");
    var query =
        em.createQuery(q.toString(), Run.class)
            .setParameter("flow", flowId)
            .setParameter("since", filter.since())
            .setParameter("until", filter.until())
            .setMaxResults(MAX_RUNS + 1);
    if (anchor != null) {
      query.setParameter("at", anchor.getStartedAt()).setParameter("id", anchor.getId());
    }
    return query.getResultList();
  }
}
