package com.passerelle.demo;

import com.passerelle.flow.Flow;
import com.passerelle.flow.FlowDefinition;
import com.passerelle.flow.FlowService;
import com.passerelle.people.PeopleDirectory;
import com.passerelle.people.Person;
import com.passerelle.run.RunLauncher;
import com.passerelle.run.RunTrigger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * On a first start with demo data on: a journey creation flow, three people of the directory, a
 * sample CSV with good and bad lines and one run of it, so every status and every line error of
 * seed 000 shows on the report.
 */
@ApplicationScoped
public class DemoData {
  public static final String FLOW_NAME = "Demo HR export";
  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject FlowService flows;
  @Inject PeopleDirectory people;
  @Inject RunLauncher launcher;
  @Inject DemoFlows sourceFlows;
  @Inject DemoAbsences absences;
  @Inject DemoHistory history;

  public void loadIfEmpty() {
    if (!flows.list().isEmpty()) {
      sourceFlows.pointAtDemoSources(); // the demo SFTP server got a new port
      absences.loadIfEmpty(); // a demo database from before absences existed gets them too
      history.loadIfEmpty(); // and one from before the monitoring dashboard, its past days
      return;
    }
    sourceFlows.create();
    Flow flow = createFlow();
    try (InputStream sample = DemoFile.employees()) {
      launcher.startFile(flow.getId(), RunTrigger.SCHEDULE, "demo", "employees.csv", sample);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    absences.loadIfEmpty(); // after the people they belong to
    history.loadIfEmpty(); // the dashboard's past 30 days, after the flows and endpoint
    LOG.info("Demo data loaded: flow " + flow.getId() + " and a run of the sample file");
  }

  /**
   * A journey creation flow with every rule of seed 000 on, so that its sample file shows every
   * line error of the guide: value list, email domains, oldest start date, stakeholders, template
   * rules (the DNS check answers from the demo's own DNS server, see {@link DemoDns}).
   */
  private Flow createFlow() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    people.add(person("E0999", "Claire", "Moreau", "claire.moreau@example.com", null));
    people.add(person("E0500", "Bob", "Leroy", "bob.leroy@example.com", today.minusYears(2)));
    people.add(person("E1030", "Paula", "Vidal", "paula.vidal@example.com", today.plusDays(30)));
    Map<String, String> mapping = new LinkedHashMap<>();
    mapping.put("external_id", "employee_id");
    mapping.put("first_name", "first_name");
    mapping.put("last_name", "last_name");
    mapping.put("email", "work_email");
    mapping.put("start_date", "start_date");
    mapping.put("job_title", "job_title");
    mapping.put("department", "department");
    mapping.put("contract_type", "contract");
    mapping.put("nationality", "nationality");
    mapping.put("manager_email", "manager_email");
    mapping.put("hr_email", "hr_email");
    return flows.create(
        new FlowDefinition(
            FLOW_NAME,
            "Daily new hire export of the HRIS, dropped as CSV in the flow's folder: each valid"
                + " line creates an onboarding journey.",
            "FOLDER",
            ",",
            "yyyy-MM-dd",
            mapping,
            List.of("external_id", "first_name", "last_name", "email", "start_date"),
            "department",
            "Engineering,Sales,Finance,HR,Marketing",
            true,
            null,
            null,
            sourceFlows.schedule("0 6 * * *"), // every day at 06:00, Paris time
            null,
            Map.of("contract_type", List.of("permanent", "fixed term", "intern")),
            Map.of("example.com", "Example France", "example-labs.fr", "Example Labs"),
            180,
            true,
            "JOURNEY_CREATION",
            "New hire onboarding",
            List.of(
                new FlowDefinition.TemplateRuleDefinition(
                    "Permanent contract (France)",
                    orderedMap("contract_type", "permanent", "nationality", "French")),
                new FlowDefinition.TemplateRuleDefinition(
                    "Internship", Map.of("contract_type", "intern")))));
  }

  private static Map<String, String> orderedMap(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** Someone already in the directory: an HR and a manager in post, a manager yet to arrive. */
  private static Person person(
      String id, String first, String last, String email, LocalDate start) {
    Person p = new Person(email, null);
    p.setNames(id, first, last);
    p.setJob(start, null, null);
    return p;
  }
}
