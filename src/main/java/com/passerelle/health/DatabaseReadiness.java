package com.passerelle.health;

import com.passerelle.catalog.ExplainedMessage;
import com.passerelle.catalog.RequestError;
import com.passerelle.common.Incidents;
import com.passerelle.flow.FlowService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when a query through the persistence unit answers: that proves the database is reachable
 * and the schema migrated and validated. Liberty reports the app started even when the persistence
 * unit failed (shared/STACK.md), so this is what a load balancer must look at. The endpoint is open
 * to anyone: a failure says a catalog text and an incident id, the exception (host, user, driver)
 * goes to the log only, and no business figure is shown.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());
  static final String NAME = "database";

  @Inject FlowService flows;

  @Override
  public HealthCheckResponse call() {
    try {
      flows.count();
      return new HealthCheckResponse(NAME, HealthCheckResponse.Status.UP, Optional.empty());
    } catch (RuntimeException e) {
      String incident =
          Incidents.report(LOG, Level.SEVERE, "Readiness: the database does not answer", e);
      ExplainedMessage text =
          RequestError.DATABASE_UNAVAILABLE.explain(Map.of("incident", incident));
      Map<String, Object> data =
          Map.of("error", text.title(), "detail", text.cause(), "incident", incident);
      return new HealthCheckResponse(NAME, HealthCheckResponse.Status.DOWN, Optional.of(data));
    }
  }
}
