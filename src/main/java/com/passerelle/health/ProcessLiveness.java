package com.passerelle.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Live while the JVM has heap to work with; a restart is the cure otherwise. */
@Liveness
@ApplicationScoped
public class ProcessLiveness implements HealthCheck {
  @Override
  public HealthCheckResponse call() {
    Runtime rt = Runtime.getRuntime();
    long used = rt.totalMemory() - rt.freeMemory();
    boolean ok = used < rt.maxMemory() * 0.95;
    return HealthCheckResponse.named("heap")
        .status(ok)
        .withData("usedMiB", used >> 20)
        .withData("maxMiB", rt.maxMemory() >> 20)
        .build();
  }
}
