package com.passerelle.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.common.LogCapture;
import com.passerelle.flow.FlowService;
import java.util.List;
import java.util.Map;
import java.util.logging.LogRecord;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/**
 * /health/ready is open to anyone: when the database fails it says a catalog text, no internals.
 */
class DatabaseReadinessTest {
  private static final String SECRET =
      "Connection refused: jdbc:mariadb://db.internal.example:3306/passerelle user=passerelle";

  private static DatabaseReadiness readiness(FlowService flows) {
    DatabaseReadiness check = new DatabaseReadiness();
    check.flows = flows;
    return check;
  }

  @Test
  void downShowsACatalogTextAndAnIncidentButNotTheException() {
    RuntimeException failure = new IllegalStateException(SECRET);
    HealthCheckResponse response;
    List<LogRecord> logged;
    try (LogCapture capture = LogCapture.of(DatabaseReadiness.class)) {
      logged = capture.records();
      response =
          readiness(
                  new FlowService() {
                    @Override
                    public long count() {
                      throw failure;
                    }
                  })
              .call();
    }

    assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
    Map<String, Object> data = response.getData().orElseThrow();
    String shown = data.toString();
    assertFalse(shown.contains("db.internal"), "host shown: " + shown);
    assertFalse(shown.contains("user="), "user shown: " + shown);
    assertFalse(shown.contains("jdbc"), "driver URL shown: " + shown);
    assertEquals("Database not available", data.get("error"));
    String incident = (String) data.get("incident");
    assertTrue(incident.matches("[0-9a-f]{8}"), "incident id: " + incident);
    assertTrue(((String) data.get("detail")).contains(incident), shown);

    assertEquals(1, logged.size(), "one log record: " + logged);
    assertSame(failure, logged.get(0).getThrown(), "the exception is in the log");
    assertTrue(logged.get(0).getMessage().contains(incident), logged.get(0).getMessage());
  }

  @Test
  void upSaysNothingButUp() {
    HealthCheckResponse response =
        readiness(
                new FlowService() {
                  @Override
                  public long count() {
                    return 42;
                  }
                })
            .call();

    assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
    assertTrue(response.getData().isEmpty(), "no business figures on an open endpoint");
  }
}
