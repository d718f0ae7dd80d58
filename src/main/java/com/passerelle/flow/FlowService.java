package com.passerelle.flow;

import com.passerelle.common.NotFoundException;
import com.passerelle.schedule.FlowScheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Flows: list, read, create or replace from a definition, activate or deactivate. */
@ApplicationScoped
@Transactional
public class FlowService {
  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  @Inject FlowSecrets secrets;
  @Inject FlowScheduler scheduler;
  @Inject RunsInProgress runsInProgress;

  public List<Flow> list() {
    return em.createQuery("select f from Flow f order by f.name", Flow.class).getResultList();
  }

  public long count() {
    return em.createQuery("select count(f) from Flow f", Long.class).getSingleResult();
  }

  public Flow get(long id) {
    Flow flow = em.find(Flow.class, id);
    if (flow == null) {
      throw new NotFoundException("Flow", id);
    }
    return flow;
  }

  /** A flow with its allowed values loaded (they are lazy: lists can be long). */
  public Flow getWithRules(long id) {
    Flow flow = get(id);
    flow.getAllowedValues().size();
    return flow;
  }

  public Optional<Flow> byName(String name) {
    return em.createQuery("select f from Flow f where f.name = :name", Flow.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  /**
   * Creates a flow, or says everything wrong with its definition at once (400). A name already
   * taken is a 409, also when a parallel create takes it first: the unique key decides, and its
   * violation is reported as such, never as a server error.
   */
  public Flow create(FlowDefinition def) {
    Flow flow = new Flow(null);
    edit(def, flow);
    if (byName(flow.getName()).isPresent()) {
      throw new FlowNameTakenException(flow.getName());
    }
    try {
      em.persist(flow); // an identity id: the insert happens here already
      em.flush();
    } catch (PersistenceException e) {
      throw nameTakenOr(e, flow.getName());
    }
    secrets.store(flow, def); // sealed for the flow's id, known only now
    schedule(flow);
    return flow;
  }

  /**
   * Replaces a flow's settings (secrets left empty keep their stored values). With a version, the
   * flow must not have changed since it was read (409 otherwise): two admins editing at once do not
   * silently undo each other.
   */
  public Flow update(long id, FlowDefinition def) {
    // Locked as a run start locks it: no run can begin between this check and the save.
    Flow flow = em.find(Flow.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (flow == null) {
      throw new NotFoundException("Flow", id);
    }
    Optional<Long> running = runsInProgress.of(id);
    FlowRules before = running.isPresent() ? FlowRules.of(flow) : null;
    if (def.version() != null && def.version() != flow.getVersion()) {
      throw new FlowChangedException(flow.getName());
    }
    String name = def.name() == null ? "" : def.name().trim();
    Optional<Flow> other = byName(name); // before any change: a query would flush them
    if (other.isPresent() && !other.get().getId().equals(id)) {
      throw new FlowNameTakenException(name);
    }
    edit(def, flow);
    if (before != null && !FlowRules.of(flow).equals(before)) {
      // How lines are read may not change under a run: it rereads the flow when it resumes.
      throw new FlowBusyException(flow.getName(), running.get());
    }
    secrets.store(flow, def);
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new FlowChangedException(name); // another save of this flow won the race
    } catch (PersistenceException e) {
      throw nameTakenOr(e, name);
    }
    schedule(flow);
    return flow;
  }

  /**
   * The flow a definition describes, checked but not saved (nor its secrets): what a sample line is
   * tested against before the admin saves.
   */
  public Flow preview(FlowDefinition def) {
    Flow flow = new Flow(null);
    FlowEditor editor = new FlowEditor();
    editor.apply(def, flow);
    editor.problems().throwIfAny();
    return flow;
  }

  /** The flow's timer follows its schedule: none when inactive or unscheduled. */
  private void schedule(Flow flow) {
    FlowSchedule s = flow.getSchedule();
    scheduler.schedule(flow.getId(), flow.isActive() && s.isSet() ? s.parsed() : null);
  }

  private static void edit(FlowDefinition def, Flow flow) {
    SourceType before = flow.getSourceType();
    FlowEditor editor = new FlowEditor();
    editor.apply(def, flow);
    if (before != SourceType.HRIS_API && flow.getSourceType() == SourceType.HRIS_API) {
      flow.getHris().forgetReadPosition(); // (back) to an API: the first read is a full one
    }
    new SourceSettingsEditor(editor.problems()).apply(def, flow);
    editor.problems().throwIfAny();
  }

  private static RuntimeException nameTakenOr(PersistenceException e, String name) {
    return FlowLimits.isNameConstraint(e) ? new FlowNameTakenException(name) : e;
  }

  public Flow setActive(long id, boolean active) {
    Flow flow = get(id);
    flow.setActive(active);
    schedule(flow); // an inactive flow's schedule does not fire
    return flow;
  }
}
