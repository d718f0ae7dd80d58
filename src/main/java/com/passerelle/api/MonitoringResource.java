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

  @GET
  @Path("overview")
  public MonitoringViews.Overview overview(
      @QueryParam("days") @DefaultValue("30") String days,
      @QueryParam("types") List<String> types) {
    return monitoring.overview(period(days), TypeChoice.parse(types));
  }

  @GET
  @Path("change")
  public MonitoringViews.ChangeReport change(
      @QueryParam("days") @DefaultValue("30") String days,
      @QueryParam("types") List<String> types) {
    return monitoring.change(period(days), TypeChoice.parse(types));
  }

  @GET
  @Path("errors")
  public MonitoringViews.Errors errors(
      @QueryParam("days") @DefaultValue("30") String days,
      @QueryParam("types") List<String> types) {
    return monitoring.errors(period(days), TypeChoice.parse(types));
  }

  /** One type ({@code type}) or several ({@code types}); all when neither is given. */
  @GET
  @Path("trends")
  public MonitoringViews.Trends trends(
      @QueryParam("days") @DefaultValue("30") String days,
      @QueryParam("type") String type,
      @QueryParam("types") List<String> types) {
    return monitoring.trends(period(days), choice(type, types));
  }

  @GET
  @Path("failures")
  public MonitoringViews.FailuresPage failures(
      @QueryParam("days") @DefaultValue("30") String days,
      @QueryParam("type") String type,
      @QueryParam("types") List<String> types,
      @QueryParam("after") String after,
      @QueryParam("limit") @DefaultValue("50") String limit) {
    return monitoring.failures(period(days), choice(type, types), after, number("limit", limit));
  }

  @GET
  @Path("failures/{type}/{sourceId}/{code}")
  public MonitoringViews.FailureDetails details(
      @PathParam("type") String type,
      @PathParam("sourceId") long sourceId,
      @PathParam("code") String code,
      @QueryParam("days") @DefaultValue("30") String days) {
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
