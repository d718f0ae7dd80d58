package com.passerelle.api;

import com.passerelle.catalog.MessageCatalog;
import com.passerelle.common.InvalidRequestException;
import com.passerelle.failure.Failure;
import com.passerelle.failure.FailureCount;
import com.passerelle.failure.FailureLog;
import com.passerelle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Recorded failures: the raw material of the monitoring dashboard. Counts by integration type and
 * normalized code over the last days, and the failures of one run.
 */
@Path("/failures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.REPORT_VIEWER})
public class FailureResource {
  @Inject FailureLog failures;

  public record CountDto(String integrationType, String errorCode, String title, long count) {}

  public record FailureDto(
      long id,
      String occurredAt,
      String integrationType,
      String scope,
      String errorCode,
      Long flowId,
      Long runId,
      Integer lineNumber) {}

  @Operation(summary = "Recorded failures counted by integration type and code over the last days")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @GET
  @Path("summary")
  public List<CountDto> summary(
      @Parameter(description = "Period in days, ending today (UTC)")
          @QueryParam("days")
          @DefaultValue("30")
          int days) {
    if (days < 1 || days > 366) {
      throw new InvalidRequestException("days must be between 1 and 366");
    }
    LocalDate first = LocalDate.now(ZoneOffset.UTC).minusDays(days - 1L);
    return failures.countsSince(first).stream().map(FailureResource::count).toList();
  }

  /** A run's failures in id order, keyset-paged: {@code after} the last id of the previous page. */
  @Operation(summary = "A run's failures in id order, keyset-paged")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @GET
  public List<FailureDto> ofRun(
      @Parameter(description = "The run (its id)") @QueryParam("run") Long runId,
      @Parameter(
              description =
                  "Keyset cursor: the page after this position (from the previous page's link)")
          @QueryParam("after")
          @DefaultValue("0")
          long after,
      @Parameter(description = "Maximum number of items (capped by the server)")
          @QueryParam("limit")
          @DefaultValue("100")
          int limit) {
    if (runId == null) {
      throw new InvalidRequestException("Give a run: /api/v1/failures?run={id}");
    }
    int safe = Math.max(1, Math.min(1000, limit));
    return failures.ofRun(runId, after, safe).stream().map(FailureResource::dto).toList();
  }

  private static CountDto count(FailureCount c) {
    String title = MessageCatalog.standard().explainGeneric(c.errorCode()).title();
    return new CountDto(c.integrationType().name(), c.errorCode(), title, c.count());
  }

  private static FailureDto dto(Failure f) {
    return new FailureDto(
        f.getId(),
        f.getOccurredAt().toString(),
        f.getIntegrationType().name(),
        f.getScope().name(),
        f.getErrorCode(),
        f.getFlowId(),
        f.getRunId(),
        f.getLineNumber());
  }
}
