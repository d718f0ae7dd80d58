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
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * On a first start with demo data on: a demo flow, one existing person, a sample CSV in the flow's
 * drop zone with good and bad lines, and one run of it, so every status shows on the report.
 */
@ApplicationScoped
public class DemoData {
  public static final String FLOW_NAME = "Demo HR export";
  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject FlowService flows;
  @Inject PeopleDirectory people;
  @Inject RunLauncher launcher;
  @Inject DemoFlows sourceFlows;

  public void loadIfEmpty() {
    if (!flows.list().isEmpty()) {
      sourceFlows.pointAtDemoSources(); // the demo SFTP server got a new port
      return;
    }
    sourceFlows.create();
    Flow flow = createFlow();
    try (InputStream sample = DemoData.class.getResourceAsStream("/demo/employees.csv")) {
      launcher.startFile(flow.getId(), RunTrigger.SCHEDULE, "demo", "employees.csv", sample);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LOG.info("Demo data loaded: flow " + flow.getId() + " and a run of the sample file");
  }

  private Flow createFlow() {
    people.add(existingPerson());
    return flows.create(
        new FlowDefinition(
            FLOW_NAME,
            "Daily employee export of the HRIS, dropped as CSV in the flow's folder.",
            "FOLDER",
            ",",
            "yyyy-MM-dd",
            Map.of(
                "external_id", "employee_id",
                "first_name", "first_name",
                "last_name", "last_name",
                "email", "work_email",
                "start_date", "start_date",
                "job_title", "job_title",
                "department", "department",
                "manager_email", "manager_email"),
            List.of("external_id", "first_name", "last_name", "email", "start_date"),
            "department",
            "Engineering,Sales,Finance,HR,Marketing",
            true,
            null,
            null,
            sourceFlows.schedule("0 6 * * *"), // every day at 06:00, Paris time
            null,
            null,
            null,
            null,
            true,
            "JOURNEY_CREATION",
            "New hire onboarding",
            null));
  }

  private static Person existingPerson() {
    Person p = new Person("claire.moreau@example.com", null);
    p.setNames("E0999", "Claire", "Moreau");
    return p;
  }
}
