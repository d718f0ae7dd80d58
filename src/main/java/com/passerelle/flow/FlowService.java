package com.passerelle.flow;

import com.passerelle.common.NotFoundException;
import com.passerelle.source.csv.CsvFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

  public Flow create(FlowDefinition def) {
    List<String> problems = new ArrayList<>();
    if (def.name() == null || def.name().isBlank()) {
      problems.add("name is required");
    } else if (def.name().length() > 120) {
      problems.add("name is longer than 120 characters");
    } else if (byName(def.name().trim()).isPresent()) {
      problems.add("a flow named \"" + def.name().trim() + "\" already exists");
    }
    Flow flow = new Flow(def.name() == null ? "" : def.name().trim());
    flow.setDescription(def.description());
    flow.setActive(def.active() == null || def.active());
    applyFormat(def, flow, problems);
    applyFields(def, flow, problems);
    if (!problems.isEmpty()) {
      throw new InvalidFlowException(problems);
    }
    em.persist(flow);
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
    if (def.dateFormat() != null) {
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
        } else {
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
    if (def.filterField() != null && !def.filterField().isBlank()) {
      PersonField.byKey(def.filterField())
          .ifPresentOrElse(
              f -> flow.setFilter(f, def.filterValues()),
              () -> problems.add("unknown filter field: " + def.filterField()));
    }
  }
}
