package com.passerelle.run;

import com.passerelle.common.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The runs the Activity page follows live: the flow's runs in progress, plus the runs the page
 * already shows (so a run that just ended shows its final state and counts), plus the runs started
 * since the newest one the page knows (so a run that starts and ends between two polls still shows
 * up). Small indexed reads per poll: runs in progress (index on state), the shown ones by id, and
 * the newer ones on (flow_id, id).
 */
@ApplicationScoped
@Transactional
public class FlowActivity {
  /** A page follows at most this many runs by id. */
  public static final int MAX_SHOWN = 20;

  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  /** Newest first. */
  public List<RunProgress> live(long flowId, Collection<Long> shown) {
    return live(flowId, shown, null);
  }

  /**
   * Newest first; {@code newerThan}: the newest run id the page knows (null: none asked), whose
   * newer runs are added whatever their state.
   */
  public List<RunProgress> live(long flowId, Collection<Long> shown, Long newerThan) {
    Map<Long, Run> found = new TreeMap<>(Comparator.reverseOrder());
    em.createQuery(
            "select r from Run r where r.state = :state and r.flowId = :flow order by r.id desc",
            Run.class)
        .setParameter("state", RunState.IN_PROGRESS)
        .setParameter("flow", flowId)
        .setMaxResults(MAX_SHOWN)
        .getResultList()
        .forEach(r -> found.put(r.getId(), r));
    if (!shown.isEmpty()) {
      em.createQuery("select r from Run r where r.id in :ids and r.flowId = :flow", Run.class)
          .setParameter("ids", shown)
          .setParameter("flow", flowId)
          .getResultList()
          .forEach(r -> found.put(r.getId(), r));
    }
    if (newerThan != null) {
      em.createQuery(
              "select r from Run r where r.flowId = :flow and r.id > :id order by r.id desc",
              Run.class)
          .setParameter("flow", flowId)
          .setParameter("id", newerThan)
          .setMaxResults(MAX_SHOWN)
          .getResultList()
          .forEach(r -> found.put(r.getId(), r));
    }
    List<RunProgress> progress = new ArrayList<>();
    found.values().forEach(r -> progress.add(RunProgress.of(r)));
    return progress;
  }

  /** The id of the flow's newest run (0 when it has none): the page's first {@code newerThan}. */
  public long newestRunId(long flowId) {
    Long id =
        em.createQuery("select max(r.id) from Run r where r.flowId = :flow", Long.class)
            .setParameter("flow", flowId)
            .getSingleResult();
    return id == null ? 0 : id;
  }

  /** The {@code runs} parameter: run ids separated by commas, at most {@link #MAX_SHOWN}. */
  public static List<Long> ids(String param) {
    List<Long> ids = new ArrayList<>();
    if (param == null || param.isBlank()) {
      return ids;
    }
    for (String part : param.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      try {
        ids.add(Long.parseLong(part.trim()));
      } catch (NumberFormatException e) {
        throw new InvalidRequestException("runs must be run ids separated by commas: " + param);
      }
    }
    if (ids.size() > MAX_SHOWN) {
      throw new InvalidRequestException("runs names at most " + MAX_SHOWN + " runs");
    }
    return ids;
  }
}
