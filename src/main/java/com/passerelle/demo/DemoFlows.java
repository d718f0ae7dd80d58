package com.passerelle.demo;

import com.passerelle.flow.Flow;
import com.passerelle.flow.FlowDefinition;
import com.passerelle.flow.FlowService;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * The demo's flows with remote sources: one reading the demo SFTP server, one reading the fake HRIS
 * API. The SFTP server listens on a new port at each start, so its flow is pointed at it.
 */
@ApplicationScoped
public class DemoFlows {
  public static final String SFTP_FLOW = "Demo SFTP export";
  public static final String HRIS_FLOW = "Demo HRIS API";

  @Inject FlowService flows;
  @Inject DemoSources sources;

  @Resource(lookup = "passerelle/demoHrisUrl")
  Object hrisUrl;

  @Resource(lookup = "passerelle/scheduleSeconds")
  Object scheduleSeconds;

  void create() {
    flows.create(sftpFlow());
    flows.create(hrisFlow());
  }

  void pointAtDemoSources() {
    flows.byName(SFTP_FLOW).map(Flow::getId).ifPresent(id -> flows.update(id, sftpFlow()));
  }

  /**
   * The demo's schedules, except on test servers: they fire every schedule every 3 seconds, so
   * these would run all the time under the tests.
   */
  FlowDefinition.Schedule schedule(String cron) {
    boolean minutes = "0".equals(String.valueOf(scheduleSeconds).replace("\"", "").trim());
    return minutes ? new FlowDefinition.Schedule(cron, "Europe/Paris") : null;
  }

  private FlowDefinition sftpFlow() {
    DemoSftpServer server = sources.sftp();
    return new FlowDefinition(
        SFTP_FLOW,
        "The HRIS export, fetched from an SFTP server (the demo's own, on a local port).",
        "SFTP",
        ",",
        "yyyy-MM-dd",
        Map.of("external_id", "employee_id", "email", "work_email"),
        List.of("external_id", "first_name", "last_name", "email"),
        null,
        null,
        true,
        new FlowDefinition.Sftp(
            server.host(),
            server.port(),
            DemoSources.SFTP_USER,
            DemoSources.SFTP_PASSWORD,
            null,
            server.hostKeyFingerprint(),
            DemoSources.SFTP_FOLDER,
            "*.csv",
            DemoSources.SFTP_FOLDER + "/archive",
            DemoSources.SFTP_FOLDER + "/failed"),
        null,
        schedule("*/15 * * * *"),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private FlowDefinition hrisFlow() {
    return new FlowDefinition(
        HRIS_FLOW,
        "Employees read from a unified HRIS API (the demo's fake HRIS): a full read, then changes.",
        "HRIS_API",
        ",",
        "yyyy-MM-dd",
        Map.of(
            "external_id", "remote_id",
            "email", "work_email",
            "first_name", "first_name",
            "last_name", "last_name",
            "start_date", "start_date",
            "job_title", "job_title"),
        List.of("external_id", "first_name", "last_name", "email"),
        null,
        null,
        true,
        null,
        new FlowDefinition.Hris(
            String.valueOf(hrisUrl),
            FakeHris.DEMO_INTEGRATION_ID,
            FakeHris.DEMO_API_KEY,
            "demo-webhook-secret-not-for-production"),
        schedule("*/5 * * * *"),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
