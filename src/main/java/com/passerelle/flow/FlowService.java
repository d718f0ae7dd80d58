package com.passerelle.flow;

import com.passerelle.common.NotFoundException;
import com.passerelle.source.csv.CsvFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Flows: list, read, create from a definition, activate or deactivate. */
@ApplicationScoped
@Transactional
public class FlowService {
  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

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
    List<String> problems = new ArrayList<>();
    String name = def.name() == null ? "" : def.name().trim();
    if (name.isEmpty()) {
      problems.add("name is required");
    }
    FlowLimits.check("name", name, FlowLimits.NAME, problems);
    FlowLimits.check("description", def.description(), FlowLimits.DESCRIPTION, problems);
    Flow flow = new Flow(name);
    flow.setDescription(def.description());
    flow.setActive(def.active() == null || def.active());
    applyFormat(def, flow, problems);
    applyFields(def, flow, problems);
    if (!problems.isEmpty()) {
      throw new InvalidFlowException(problems);
    }
    if (byName(name).isPresent()) {
      throw new FlowNameTakenException(name);
    }
    try {
      em.persist(flow); // an identity id: the insert happens here already
      em.flush();
    } catch (PersistenceException e) {
      if (FlowLimits.isNameConstraint(e)) {
        throw new FlowNameTakenException(name);
      }
      throw e;
    }
    return flow;
  }

  public Flow setActive(long id, boolean active) {
    Flow flow = get(id);
    flow.setActive(active);
    return flow;
  }

  private static void applyFormat(FlowDefinition def, Flow flow, List<String> problems) {
    if (def.delimiter() != null) {
      try {
        CsvFormat.of(def.delimiter());
        flow.setDelimiter(def.delimiter());
      } catch (IllegalArgumentException e) {
        problems.add("delimiter must be one of , ; | tab");
      }
    }
    if (def.dateFormat() != null
        && FlowLimits.check("dateFormat", def.dateFormat(), FlowLimits.DATE_FORMAT, problems)) {
      try {
        DateTimeFormatter.ofPattern(def.dateFormat());
        flow.setDateFormat(def.dateFormat());
      } catch (IllegalArgumentException e) {
        problems.add("dateFormat is not a valid date pattern: " + def.dateFormat());
      }
    }
  }

  private static void applyFields(FlowDefinition def, Flow flow, List<String> problems) {
    if (def.mapping() != null) {
      for (Map.Entry<String, String> entry : def.mapping().entrySet()) {
        Optional<PersonField> field = PersonField.byKey(entry.getKey());
        if (field.isEmpty()) {
          problems.add("unknown field in mapping: " + entry.getKey());
        } else if (entry.getValue() == null || entry.getValue().isBlank()) {
          problems.add("no column given for field " + entry.getKey());
        } else if (FlowLimits.check(
            "column of " + entry.getKey(), entry.getValue().trim(), FlowLimits.COLUMN, problems)) {
          flow.getMapping().put(field.get(), entry.getValue().trim());
        }
      }
    }
    List<String> required = def.requiredFields() != null ? def.requiredFields() : List.of();
    for (String key : required) {
      PersonField.byKey(key)
          .ifPresentOrElse(
              flow.getRequiredFields()::add, () -> problems.add("unknown required field: " + key));
    }
    FlowLimits.check("filterValues", def.filterValues(), FlowLimits.FILTER_VALUES, problems);
    if (def.filterField() != null
        && !def.filterField().isBlank()
        && (def.filterValues() == null || def.filterValues().isBlank())) {
      problems.add("filterValues is required with filterField (else every line is filtered out)");
    }
    if (def.filterField() != null && !def.filterField().isBlank()) {
      PersonField.byKey(def.filterField())
          .ifPresentOrElse(
              f -> flow.setFilter(f, def.filterValues()),
              () -> problems.add("unknown filter field: " + def.filterField()));
    }
  }
}
