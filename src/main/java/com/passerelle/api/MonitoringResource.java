package com.passerelle.api;

import com.passerelle.catalog.IntegrationType;
import com.passerelle.monitor.MonitoringService;
import com.passerelle.monitor.MonitoringViews;
import com.passerelle.monitor.Period;
import com.passerelle.monitor.TypeChoice;
import com.passerelle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The monitoring dashboard's numbers (issue 9), from the daily roll-ups: failures per type, the
 * change against the previous period, failures per code, daily trends, the failures table and a
 * failure's details. Periods are the last 1, 7, 30 or 90 UTC days; {@code types} narrows to some
 * integration types (repeated or comma-separated). Bad choices are 400 problems.
 */
@Path("/monitoring")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.REPORT_VIEWER})
public class MonitoringResource {
  @Inject MonitoringService monitoring;

  @Operation(summary = "Failures per integration type over the period (days=1, 7, 30 or 90)")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @GET
  @Path("overview")
  public MonitoringViews.Overview overview(
      @Parameter(description = "Period in days ending today (UTC): 1, 7, 30 or 90")
          @QueryParam("days")
          @DefaultValue("30")
          String days,
      @Parameter(description = "Comma-separated integration types (default: all)")
          @QueryParam("types")
          List<String> types) {
    return monitoring.overview(period(days), TypeChoice.parse(types));
  }

  @Operation(
      summary =
          "Failed and successful transactions per type against the previous period of the same length")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @GET
  @Path("change")
  public MonitoringViews.ChangeReport change(
      @Parameter(description = "Period in days ending today (UTC): 1, 7, 30 or 90")
          @QueryParam("days")
          @DefaultValue("30")
          String days,
      @Parameter(description = "Comma-separated integration types (default: all)")
          @QueryParam("types")
          List<String> types) {
    return monitoring.change(period(days), TypeChoice.parse(types));
  }

  @Operation(
      summary = "Failures per error code over the period (HTTP reason phrases, catalog titles)")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @GET
  @Path("errors")
  public MonitoringViews.Errors errors(
      @Parameter(description = "Period in days ending today (UTC): 1, 7, 30 or 90")
          @QueryParam("days")
          @DefaultValue("30")
          String days,
      @Parameter(description = "Comma-separated integration types (default: all)")
          @QueryParam("types")
          List<String> types) {
    return monitoring.errors(period(days), TypeChoice.parse(types));
  }

  /** One type ({@code type}) or several ({@code types}); all when neither is given. */
  @Operation(
      summary =
          "Failures per type per day over the period, zero-filled (one type, several, or all)")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @GET
  @Path("trends")
  public MonitoringViews.Trends trends(
      @Parameter(description = "Period in days ending today (UTC): 1, 7, 30 or 90")
          @QueryParam("days")
          @DefaultValue("30")
          String days,
      @Parameter(
              description =
                  "Integration type: INBOUND_FILE, INBOUND_HRIS_API, INBOUND_WEBHOOK or OUTBOUND_WEBHOOK")
          @QueryParam("type")
          String type,
      @Parameter(description = "Comma-separated integration types (default: all)")
          @QueryParam("types")
          List<String> types) {
    return monitoring.trends(period(days), choice(type, types));
  }

  @Operation(
      summary =
          "The failures table: type, integration, description, where, total, last seen; keyset-paged")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @GET
  @Path("failures")
  public MonitoringViews.FailuresPage failures(
      @Parameter(description = "Period in days ending today (UTC): 1, 7, 30 or 90")
          @QueryParam("days")
          @DefaultValue("30")
          String days,
      @Parameter(
              description =
                  "Integration type: INBOUND_FILE, INBOUND_HRIS_API, INBOUND_WEBHOOK or OUTBOUND_WEBHOOK")
          @QueryParam("type")
          String type,
      @Parameter(description = "Comma-separated integration types (default: all)")
          @QueryParam("types")
          List<String> types,
      @Parameter(
              description =
                  "Keyset cursor: the page after this position (from the previous page's link)")
          @QueryParam("after")
          String after,
      @Parameter(description = "Maximum number of items (capped by the server)")
          @QueryParam("limit")
          @DefaultValue("50")
          String limit) {
    return monitoring.failures(period(days), choice(type, types), after, number("limit", limit));
  }

  @Operation(summary = "One failure group's facts and its recent occurrences, with links")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiApplication.NOT_FOUND)
  @GET
  @Path("failures/{type}/{sourceId}/{code}")
  public MonitoringViews.FailureDetails details(
      @Parameter(
              description =
                  "Integration type: INBOUND_FILE, INBOUND_HRIS_API, INBOUND_WEBHOOK or OUTBOUND_WEBHOOK")
          @PathParam("type")
          String type,
      @Parameter(description = "The flow id or webhook endpoint id of the failures (0 when none)")
          @PathParam("sourceId")
          long sourceId,
      @Parameter(
              description =
                  "An error code: an HTTP status (401) or one of Passerelle's codes (SFTP_CONNECTION)")
          @PathParam("code")
          String code,
      @Parameter(description = "Period in days ending today (UTC): 1, 7, 30 or 90")
          @QueryParam("days")
          @DefaultValue("30")
          String days) {
    return monitoring.details(period(days), TypeChoice.one(type), sourceId, code);
  }

  private static Period period(String days) {
    return Period.lastDays(number("days", days), MonitoringService.today());
  }

  /** Numbers read here, not by JAX-RS: a bad one is a 400 problem, not a 404. */
  private static int number(String name, String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new com.passerelle.common.InvalidRequestException(
          name + " must be a number (got \"" + value + "\")");
    }
  }

  private static Set<IntegrationType> choice(String type, List<String> types) {
    return type != null && !type.isBlank()
        ? java.util.EnumSet.of(TypeChoice.one(type.trim()))
        : TypeChoice.parse(types);
  }
}
