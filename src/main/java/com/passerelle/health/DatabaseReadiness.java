package com.passerelle.health;

import com.passerelle.flow.FlowService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when a query through the persistence unit answers: that proves the database is reachable
 * and the schema migrated and validated. Liberty reports the app started even when the persistence
 * unit failed (shared/STACK.md), so this is what a load balancer must look at.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  @Inject FlowService flows;

  @Override
  public HealthCheckResponse call() {
    try {
      return HealthCheckResponse.named("database").up().withData("flows", flows.count()).build();
    } catch (RuntimeException e) {
      return HealthCheckResponse.named("database")
          .down()
          .withData("error", String.valueOf(e.getMessage()))
          .build();
    }
  }
}
