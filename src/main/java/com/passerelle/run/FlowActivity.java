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
 * already shows (so a run that just ended shows its final state and counts). Two small indexed
 * reads per poll: runs in progress are few, and the shown ones are asked by id.
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
    List<RunProgress> progress = new ArrayList<>();
    found.values().forEach(r -> progress.add(RunProgress.of(r)));
    return progress;
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
